import { Button, List, ListItem, ListItemText, Stack } from '@mui/material';
import type { HomeQuery } from '../gql/graphql';
import { formatDateTime } from '../layout/dates';
import { RouterLink } from '../layout/RouterLink';
import { SectionCard } from './SectionCard';

/** Recent sittings: unfinished ones to resume, every one's feedback. */
export function PastSessionsCard({ sessions }: { sessions: HomeQuery['sessions'] }) {
  if (sessions.nodes.length === 0) return null;
  return (
    <SectionCard title="Your past sessions">
      <List disablePadding>
        {sessions.nodes.map((s) => {
          const kind = s.mode === 'REALISTIC' ? 'Realistic interview' : 'Practice';
          const open = s.status === 'IN_PROGRESS';
          return (
            <ListItem key={s.id} divider sx={{ px: 0, flexWrap: 'wrap', gap: 1 }}>
              <ListItemText primary={formatDateTime(s.createdAt)} secondary={open ? `${kind} (not finished)` : kind} />
              <Stack direction="row" spacing={1}>
                {open && (
                  <Button variant="outlined" component={RouterLink} to={`/sessions/${s.id}`}>
                    Resume
                  </Button>
                )}
                <Button component={RouterLink} to={`/sessions/${s.id}/feedback`}>
                  See feedback
                </Button>
              </Stack>
            </ListItem>
          );
        })}
      </List>
    </SectionCard>
  );
}
