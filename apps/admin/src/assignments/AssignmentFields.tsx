import { useRecordContext } from 'react-admin';
import { Chip, Stack, Typography } from '@mui/material';
import { formatInViewerZone } from './timeZone';
import type { AssignmentCandidate, AssignmentRecord } from './types';

export type ProgressStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'OVERDUE';

export const PROGRESS_LABEL: Record<ProgressStatus, string> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  OVERDUE: 'Overdue',
};

const PROGRESS_COLOR = { NOT_STARTED: 'default', IN_PROGRESS: 'info', COMPLETED: 'success', OVERDUE: 'error' } as const;

/** A candidate's progress as the readiness dashboard counts it: overdue is past the due date and not completed. */
export function progressOf(candidate: AssignmentCandidate, dueAt: string | null, now = Date.now()): ProgressStatus {
  if (candidate.status === 'COMPLETED') return 'COMPLETED';
  if (dueAt && new Date(dueAt).getTime() < now) return 'OVERDUE';
  return candidate.status === 'IN_PROGRESS' ? 'IN_PROGRESS' : 'NOT_STARTED';
}

export const ProgressChip = ({ status }: { status: ProgressStatus }) => (
  <Chip
    size="small"
    label={PROGRESS_LABEL[status]}
    color={PROGRESS_COLOR[status]}
    variant={status === 'NOT_STARTED' ? 'outlined' : 'filled'}
  />
);

/** The record's due date in the viewer's own time zone. */
export function DueDate() {
  const assignment = useRecordContext<AssignmentRecord>();
  if (!assignment) return null;
  return <Typography variant="body2">{assignment.dueAt ? formatInViewerZone(assignment.dueAt) : 'No due date'}</Typography>;
}

/** How many of the record's candidates are in each state, at a glance. */
export function AssignmentProgress() {
  const assignment = useRecordContext<AssignmentRecord>();
  if (!assignment) return null;
  const counts = new Map<ProgressStatus, number>();
  for (const candidate of assignment.candidates) {
    const status = progressOf(candidate, assignment.dueAt);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  if (!assignment.candidates.length) return <Typography variant="body2">No candidates</Typography>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {(['COMPLETED', 'IN_PROGRESS', 'NOT_STARTED', 'OVERDUE'] as const)
        .filter((status) => counts.get(status))
        .map((status) => (
          <Chip
            key={status}
            size="small"
            color={PROGRESS_COLOR[status]}
            variant={status === 'NOT_STARTED' ? 'outlined' : 'filled'}
            label={`${counts.get(status)} ${PROGRESS_LABEL[status].toLowerCase()}`}
          />
        ))}
    </Stack>
  );
}
