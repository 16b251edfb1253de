import { useState } from 'react';
import { Alert, Button, Stack } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import type { MeQuery } from '../gql/graphql';
import { errorMessage, request, session } from '../graphql';
import { ACCEPT_INVITATION, DECLINE_INVITATION } from './queries';

type Invitation = MeQuery['me']['invitations'][number];

/** Invitations from other organizations: accepting joins and moves there; declining drops it. The outcome stays said once the list is empty. */
export function InvitationsCard({ invitations }: { invitations: Invitation[] }) {
  const queries = useQueryClient();
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();

  const answer = (invitation: Invitation, accept: boolean) =>
    (async () => {
      if (accept) {
        await request(ACCEPT_INVITATION, { id: invitation.id });
        await session.switchOrganization(invitation.organizationId);
        setNotice({ ok: true, text: `You joined ${invitation.organizationName}.` });
      } else {
        await request(DECLINE_INVITATION, { id: invitation.id });
        setNotice({ ok: true, text: `You declined the invitation from ${invitation.organizationName}.` });
      }
      // Another organization's data, or at least one invitation fewer.
      await queries.invalidateQueries();
    })().catch((e: unknown) => setNotice({ ok: false, text: errorMessage(e) }));

  return (
    <Stack spacing={1}>
      {notice && (
        <Alert severity={notice.ok ? 'success' : 'error'} role={notice.ok ? 'status' : 'alert'}>
          {notice.text}
        </Alert>
      )}
      {invitations.length > 0 && (
        <Stack component="section" aria-label="Invitations" spacing={1}>
          {invitations.map((invitation) => (
            <Alert
              key={invitation.id}
              severity="info"
              action={
                <Stack direction="row" spacing={1}>
                  <Button color="inherit" size="small" onClick={() => void answer(invitation, true)}>
                    Accept
                  </Button>
                  <Button color="inherit" size="small" onClick={() => void answer(invitation, false)}>
                    Decline
                  </Button>
                </Stack>
              }
            >
              {invitation.organizationName} invites you as {invitation.role.toLowerCase()}.
            </Alert>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
