import { Alert, Grid, Link, Stack, Typography } from '@mui/material';
import { useApiQuery } from '../useApi';
import { ME } from '../layout/me';
import { QueryState } from '../layout/States';
import { HOME } from './queries';
import { AssignmentsCard } from './AssignmentsCard';
import { PracticeCard } from './PracticeCard';
import { ActionItemsCard } from './ActionItemsCard';
import { InvitationsCard } from './InvitationsCard';
import { PastSessionsCard } from './PastSessionsCard';
import { UpdatesCard } from './UpdatesCard';
import { NextPracticeCard } from '../reminders/NextPracticeCard';

const firstName = (name: string) => name.split(/\s+/)[0];

/** Home: invitations, assignments (overdue first), updates, recommended practice, the next planned practice, action items, past sessions. */
export function HomePage() {
  const me = useApiQuery(ME);
  const home = useApiQuery(HOME);
  return (
    <QueryState query={me} loading="Loading…">
      {({ me }) => (
        <Stack spacing={3}>
          <div>
            <Typography variant="h1">Hi {firstName(me.name)}</Typography>
            <Typography color="text.secondary">Every mock interview makes the real one easier. Here is what is next.</Typography>
          </div>
          <InvitationsCard invitations={me.invitations} />
          {me.role !== 'CANDIDATE' ? (
            <Alert severity="info">
              This app is for candidates: staff use <Link href="/admin/">the admin app</Link>.
            </Alert>
          ) : (
            <Grid container spacing={3}>
              <Grid size={{ xs: 12, md: 7 }}>
                <Stack spacing={3}>
                  <QueryState query={home} loading="Loading your assignments…">
                    {({ assignments, sessions }) => (
                      <>
                        <AssignmentsCard assignments={assignments} />
                        <PastSessionsCard sessions={sessions} />
                      </>
                    )}
                  </QueryState>
                </Stack>
              </Grid>
              <Grid size={{ xs: 12, md: 5 }}>
                <Stack spacing={3}>
                  <UpdatesCard />
                  <PracticeCard />
                  <NextPracticeCard />
                  <ActionItemsCard />
                </Stack>
              </Grid>
            </Grid>
          )}
        </Stack>
      )}
    </QueryState>
  );
}
