import { useState, type ReactNode } from 'react';
import {
  Box,
  Button,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import {
  Confirm,
  Form,
  maxValue,
  minValue,
  NumberInput,
  number,
  required,
  SaveButton,
  SelectInput,
  Show,
  TextInput,
  useNotify,
  usePermissions,
  useRecordContext,
  useRedirect,
} from 'react-admin';
import { saveDownload } from '@mockint/web-graphql';
import { graphql, session } from '../graphql';
import { messageOf } from '../apiErrors';
import { InvitationLinks, type LinkToHandOver } from './InvitationLinks';
import { LastActive, StatusText } from './MemberFields';
import { CLEAR_ACCOMMODATION, DELETE_CANDIDATE_DATA, REMOVE, RESEND, SET_ACCOMMODATION, UPDATE_ROLE } from './queries';
import { ROLE_CHOICES, roleLabel } from './roles';
import { LEVEL_LABELS, type InviteAnswer, type MemberRecord } from './types';
import { useAction } from './useAction';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card variant="outlined" component="section" aria-label={title}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="div">{children}</Typography>
    </Box>
  );
}

function Summary({ member }: { member: MemberRecord }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(5, auto)' },
        gap: { xs: 1.5, sm: 4 },
        justifyContent: 'start',
      }}
    >
      <Fact label="E-mail">{member.email}</Fact>
      <Fact label="Role">{roleLabel(member.role)}</Fact>
      <Fact label="Status">
        <StatusText member={member} />
      </Fact>
      <Fact label="Joined">{member.joinedAt ? new Date(member.joinedAt).toLocaleDateString() : '—'}</Fact>
      <Fact label="Last active">
        <LastActive member={member} />
      </Fact>
    </Box>
  );
}

function CohortReadiness({ member }: { member: MemberRecord }) {
  if (!member.cohorts.length) return <Typography>Not in any cohort you can see.</Typography>;
  const readiness = new Map(member.readiness.map((r) => [r.cohortId, r]));
  return (
    <Table size="small" aria-label="Cohorts and readiness">
      <TableHead>
        <TableRow>
          <TableCell>Cohort</TableCell>
          <TableCell align="right">Readiness</TableCell>
          <TableCell>Level</TableCell>
          <TableCell align="right">Last 4 weeks</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {member.cohorts.map((cohort) => {
          const r = readiness.get(cohort.id);
          return (
            <TableRow key={cohort.id}>
              <TableCell>{cohort.name}</TableCell>
              <TableCell align="right">{r ? `${r.score} / 100` : '—'}</TableCell>
              <TableCell>{r ? LEVEL_LABELS[r.level] : member.role === 'CANDIDATE' ? 'Not computed yet' : 'Coach'}</TableCell>
              <TableCell align="right">{r?.trend == null ? '—' : `${r.trend > 0 ? '+' : ''}${r.trend} points`}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function RoleForm({ member }: { member: MemberRecord }) {
  const { submit } = useAction();
  const save = ({ role }: { role?: MemberRecord['role'] }) =>
    submit(
      () => graphql(UPDATE_ROLE, { id: member.id, role }),
      'role',
      `${member.name} is now ${roleLabel(role!).toLowerCase()}`,
    );
  return (
    <Form key={member.role} record={{ id: member.id, role: member.role }} onSubmit={save}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }} sx={{ alignItems: 'flex-start' }}>
        <SelectInput
          source="role"
          label="Role"
          choices={ROLE_CHOICES}
          validate={required()}
          fullWidth={false}
          sx={{ minWidth: 200 }}
        />
        <SaveButton label="Change role" sx={{ mt: 1, flexShrink: 0 }} />
      </Stack>
    </Form>
  );
}

function InvitationPanel({ member, admin }: { member: MemberRecord; admin: boolean }) {
  const { run, pending } = useAction();
  const redirect = useRedirect();
  const [link, setLink] = useState<LinkToHandOver | null>(null);
  const [revoking, setRevoking] = useState(false);
  const invitation = member.invitation;

  async function resend() {
    const answer = await run(
      () => graphql<{ resendInvitation: InviteAnswer }>(RESEND, { id: member.id }).then((r) => r.resendInvitation),
      (a) =>
        a.emailed ? `A new invitation was e-mailed to ${member.email}` : 'A new link is ready: the earlier one no longer works',
    );
    setLink(answer?.invitationUrl ? { name: member.name, email: member.email, url: answer.invitationUrl } : null);
  }

  async function revoke() {
    setRevoking(false);
    if (
      await run(
        () => graphql(REMOVE, { id: member.id }),
        () => `The invitation of ${member.name} was revoked`,
      )
    ) {
      redirect('list', 'members');
    }
  }

  return (
    <Stack spacing={2}>
      {invitation && (
        <Typography>
          Invited {new Date(invitation.createdAt).toLocaleDateString()}
          {invitation.delivery === 'EMAIL' ? ' by e-mail' : ' with a link to hand over'};{' '}
          {invitation.status === 'EXPIRED'
            ? 'the link has expired.'
            : `the link works until ${new Date(invitation.expiresAt).toLocaleString()}.`}
        </Typography>
      )}
      {admin && (
        <Stack direction="row" spacing={1}>
          <Button variant="outlined" onClick={() => void resend()} disabled={pending}>
            Resend invitation
          </Button>
          <Button color="error" onClick={() => setRevoking(true)} disabled={pending}>
            Revoke invitation
          </Button>
        </Stack>
      )}
      {link && <InvitationLinks links={[link]} />}
      <Confirm
        isOpen={revoking}
        title="Revoke this invitation?"
        content={`${member.name}'s link stops working and they leave the list. Invite them again to bring them back.`}
        confirm="Revoke"
        onConfirm={() => void revoke()}
        onClose={() => setRevoking(false)}
      />
    </Stack>
  );
}

interface AccommodationValues {
  timeMultiplier: number;
  extraRetakes: number;
  note: string;
}

const multiplier = [required(), number(), minValue(1, 'At least 1 (no extra time).'), maxValue(3, 'At most 3 (triple time).')];
const retakes = [required(), number(), minValue(0), maxValue(10, 'At most 10.')];

function AccommodationPanel({ member }: { member: MemberRecord }) {
  const { run, submit, pending } = useAction();
  const current = member.accommodation;

  const save = (values: Partial<AccommodationValues>) => {
    const input = {
      timeMultiplier: Number(values.timeMultiplier),
      extraRetakes: Number(values.extraRetakes),
      note: values.note ?? '',
    };
    return submit(
      () => graphql(SET_ACCOMMODATION, { id: member.id, input }),
      'timeMultiplier',
      `Accommodation saved for ${member.name}`,
    );
  };

  return (
    <Stack spacing={1}>
      <Typography variant="body2">
        {current
          ? `Time limits × ${current.timeMultiplier}, ${current.extraRetakes} extra realistic sitting${current.extraRetakes === 1 ? '' : 's'} per assignment. Applies to sittings started from now on.`
          : 'None: standard time limits and one realistic sitting per assignment (plus retakes granted).'}
      </Typography>
      <Form
        key={JSON.stringify(current)}
        record={{
          id: member.id,
          timeMultiplier: current?.timeMultiplier ?? 1,
          extraRetakes: current?.extraRetakes ?? 0,
          note: current?.note ?? '',
        }}
        onSubmit={save}
      >
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={{ sm: 2 }}>
          <NumberInput source="timeMultiplier" label="Time limits × (1 to 3)" step={0.25} validate={multiplier} />
          <NumberInput source="extraRetakes" label="Extra realistic sittings" step={1} validate={retakes} />
        </Stack>
        <TextInput source="note" label="Note for staff (the candidate sees it too)" multiline fullWidth />
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }}>
          <SaveButton label="Save accommodation" />
          {current && (
            <Button
              color="error"
              disabled={pending}
              onClick={() =>
                void run(
                  () => graphql(CLEAR_ACCOMMODATION, { id: member.id }),
                  () => `Accommodation removed for ${member.name}`,
                )
              }
            >
              Remove accommodation
            </Button>
          )}
        </Stack>
      </Form>
    </Stack>
  );
}

/** An admin's: a candidate's data (export, deletion), and ending someone's access. */
function DataPanel({ member }: { member: MemberRecord }) {
  const notify = useNotify();
  const redirect = useRedirect();
  const { run, pending } = useAction();
  const [confirming, setConfirming] = useState<'deactivate' | 'delete' | null>(null);
  const candidate = member.role === 'CANDIDATE';

  async function exportData() {
    try {
      await saveDownload(await session.token(), `/exports/members/${member.id}.json`, `member-${member.id}.json`);
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
    }
  }

  async function confirm() {
    const action = confirming;
    setConfirming(null);
    if (action === 'deactivate') {
      await run(
        () => graphql(REMOVE, { id: member.id }),
        () => `${member.name} was deactivated`,
      );
    } else if (
      await run(
        () => graphql(DELETE_CANDIDATE_DATA, { id: member.id }),
        () => `${member.name}'s data was deleted`,
      )
    ) {
      redirect('list', 'members');
    }
  }

  return (
    <Stack spacing={2}>
      {candidate && (
        <Typography variant="body2">
          Download everything stored about {member.name} before deleting it: deletion removes their sittings, answers, evaluations
          and reviews here, and cannot be undone.
        </Typography>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: 'flex-start' }}>
        {candidate && (
          <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void exportData()}>
            Export data
          </Button>
        )}
        {member.status === 'ACTIVE' && (
          <Button color="error" variant="outlined" onClick={() => setConfirming('deactivate')} disabled={pending}>
            Deactivate
          </Button>
        )}
        {candidate && (
          <Button color="error" variant="contained" onClick={() => setConfirming('delete')} disabled={pending}>
            Delete data
          </Button>
        )}
      </Stack>
      <Confirm
        isOpen={confirming !== null}
        title={confirming === 'delete' ? `Delete ${member.name}'s data?` : `Deactivate ${member.name}?`}
        content={
          confirming === 'delete'
            ? 'Their sittings, answers, evaluations, reviews and membership are deleted for good. Export them first if you need them.'
            : 'They can no longer sign in here; their sessions, answers and reviews are kept. Invite them again to bring them back.'
        }
        confirm={confirming === 'delete' ? 'Delete for good' : 'Deactivate'}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(null)}
      />
    </Stack>
  );
}

function MemberDetail() {
  const member = useRecordContext<MemberRecord>();
  const { permissions } = usePermissions();
  if (!member) return null;
  const admin = permissions === 'ADMIN';
  // A coach sees a candidate's cohorts only where they coach: then they manage the candidate.
  const accommodates = member.role === 'CANDIDATE' && member.status !== 'DEACTIVATED' && (admin || member.cohorts.length > 0);
  return (
    <Stack spacing={2} sx={{ p: { xs: 1, sm: 2 } }}>
      <Typography variant="h5" component="h1">
        {member.name}
      </Typography>
      <Summary member={member} />
      {admin && member.status !== 'DEACTIVATED' && (
        <Section title="Role">
          <RoleForm member={member} />
        </Section>
      )}
      {member.status === 'INVITED' && (
        <Section title="Invitation">
          <InvitationPanel member={member} admin={admin} />
        </Section>
      )}
      <Section title="Cohorts and readiness">
        <CohortReadiness member={member} />
      </Section>
      {accommodates && (
        <Section title="Accommodation">
          <AccommodationPanel member={member} />
        </Section>
      )}
      {admin && (
        <Section title="Data and access">
          <DataPanel member={member} />
        </Section>
      )}
    </Stack>
  );
}

export const MemberShow = () => (
  <Show title="Person" actions={false}>
    <MemberDetail />
  </Show>
);
