import { useState } from 'react';
import { Alert, Button, Chip, List, ListItem, ListItemText, Stack } from '@mui/material';
import { useNavigate } from 'react-router';
import type { HomeQuery } from '../gql/graphql';
import { errorMessage, request } from '../graphql';
import { dueState, formatDateTime } from '../layout/dates';
import { EmptyState } from '../layout/States';
import { RouterLink } from '../layout/RouterLink';
import { START_ASSIGNMENT } from '../interview/operations';
import { SectionCard } from './SectionCard';

type Assignment = HomeQuery['assignments']['nodes'][number];

const STATUS = { ASSIGNED: 'Not started', IN_PROGRESS: 'In progress', COMPLETED: 'Completed' } as const;

/** Overdue first, then by due date, then those without one; completed ones last. */
const order = (a: Assignment, b: Assignment) => {
  const done = (x: Assignment) => (x.candidates[0]?.status === 'COMPLETED' ? 1 : 0);
  const due = (x: Assignment) => (x.dueAt ? Date.parse(x.dueAt) : Infinity);
  return done(a) - done(b) || due(a) - due(b);
};

function DueChip({ dueAt, completed }: { dueAt: string | null | undefined; completed: boolean }) {
  const state = dueState(dueAt);
  if (state === 'none') return <Chip size="small" variant="outlined" label="No due date" />;
  const label = `${state === 'overdue' && !completed ? 'Overdue: was due' : 'Due'} ${formatDateTime(dueAt!)}`;
  const color = completed ? 'default' : state === 'overdue' ? 'error' : state === 'soon' ? 'warning' : 'default';
  return <Chip size="small" color={color} variant={color === 'default' ? 'outlined' : 'filled'} label={label} />;
}

/** The candidate's assignments: what is due, what is in progress (to resume), what is done. */
export function AssignmentsCard({ assignments }: { assignments: HomeQuery['assignments'] }) {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string>();

  // Starting an assignment with a sitting in progress answers that sitting, to go on with.
  const resume = (assignmentId: string) =>
    request(START_ASSIGNMENT, { input: { assignmentId } }).then(
      ({ startSession }) => navigate(`/sessions/${startSession.id}`),
      (e: unknown) => setProblem(errorMessage(e)),
    );

  return (
    <SectionCard title="Your assignments">
      {problem && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {problem}
        </Alert>
      )}
      {assignments.nodes.length === 0 ? (
        <EmptyState title="Nothing assigned yet">
          When your coach assigns a mock interview it shows here. Meanwhile, practise freely.
        </EmptyState>
      ) : (
        <List disablePadding>
          {[...assignments.nodes].sort(order).map((assignment) => {
            const status = assignment.candidates[0]?.status ?? 'ASSIGNED';
            return (
              <ListItem key={assignment.id} divider sx={{ px: 0, flexWrap: 'wrap', gap: 1 }}>
                <ListItemText
                  primary={assignment.title}
                  secondary={
                    <Stack component="span" direction="row" spacing={1} sx={{ mt: 0.5, flexWrap: 'wrap', rowGap: 0.5 }}>
                      <DueChip dueAt={assignment.dueAt} completed={status === 'COMPLETED'} />
                      <Chip
                        size="small"
                        variant="outlined"
                        label={STATUS[status]}
                        color={status === 'COMPLETED' ? 'success' : 'default'}
                      />
                      <Chip
                        size="small"
                        variant="outlined"
                        label={assignment.template.mode === 'REALISTIC' ? 'Realistic' : 'Practice'}
                      />
                    </Stack>
                  }
                  slotProps={{ primary: { sx: { fontWeight: 600 } }, secondary: { component: 'span' } }}
                />
                {status === 'IN_PROGRESS' && (
                  <Button variant="contained" onClick={() => void resume(assignment.id)}>
                    Resume
                  </Button>
                )}
                {status === 'ASSIGNED' && (
                  <Button variant="contained" component={RouterLink} to={`/assignments/${assignment.id}/start`}>
                    Start
                  </Button>
                )}
              </ListItem>
            );
          })}
        </List>
      )}
    </SectionCard>
  );
}
