import { DeleteWithConfirmButton, EditButton, Link, Show, TopToolbar, useCreatePath, useRecordContext } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useAction } from '../forms/useAction';
import { AssignmentProgress, ProgressChip, progressOf } from './AssignmentFields';
import { formatInViewerZone } from './timeZone';
import { GRANT_RETAKE } from './queries';
import type { AssignmentRecord } from './types';

const archived = (assignment: AssignmentRecord) => !!assignment.cohort?.archivedAt;

function Actions() {
  const assignment = useRecordContext<AssignmentRecord>();
  if (!assignment || archived(assignment)) return null;
  return (
    <TopToolbar>
      <EditButton />
      <DeleteWithConfirmButton
        mutationMode="pessimistic"
        confirmContent="Candidates lose this assignment; sittings already done stay in their history."
      />
    </TopToolbar>
  );
}

function Candidates({ assignment }: { assignment: AssignmentRecord }) {
  const { run, busy } = useAction();
  const retakes = assignment.template.mode === 'REALISTIC' && !archived(assignment);
  if (!assignment.candidates.length) return <Typography color="text.secondary">No candidates.</Typography>;
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label="Candidates' progress">
        <TableHead>
          <TableRow>
            <TableCell>Candidate</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Completed</TableCell>
            {assignment.template.mode === 'REALISTIC' && <TableCell>Retakes granted</TableCell>}
            {assignment.template.mode === 'REALISTIC' && <TableCell>Sittings left</TableCell>}
            {retakes && <TableCell>Retake</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {assignment.candidates.map((row) => (
            <TableRow key={row.id}>
              <TableCell>
                {row.member?.name}
                <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
                  {row.member?.email}
                </Typography>
              </TableCell>
              <TableCell>
                <ProgressChip status={progressOf(row, assignment.dueAt)} />
              </TableCell>
              <TableCell>{row.completedAt ? formatInViewerZone(row.completedAt) : '—'}</TableCell>
              {assignment.template.mode === 'REALISTIC' && <TableCell>{row.retakesGranted}</TableCell>}
              {assignment.template.mode === 'REALISTIC' && <TableCell>{row.sittingsRemaining ?? '—'}</TableCell>}
              {retakes && (
                <TableCell>
                  <Button
                    size="small"
                    variant="outlined"
                    disabled={busy}
                    aria-label={`Grant retake to ${row.member?.name}`}
                    onClick={() =>
                      run(
                        GRANT_RETAKE,
                        { assignmentId: assignment.id, candidateId: row.membershipId },
                        `${row.member?.name} may sit it once more`,
                      )
                    }
                  >
                    Grant retake
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

function AssignmentDetail() {
  const assignment = useRecordContext<AssignmentRecord>();
  const createPath = useCreatePath();
  // Until getOne answers, react-admin shows the list's copy of the record, without the candidates' names.
  if (!assignment?.candidates.every((c) => c.member)) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, p: { xs: 1, sm: 2 } }}>
      <Typography variant="h5" component="h1">
        {assignment.title}
      </Typography>
      {archived(assignment) && <Alert severity="info">Its cohort is archived: this assignment is read-only.</Alert>}
      <Card variant="outlined" component="section" aria-label="Assignment">
        <CardContent sx={{ display: 'grid', gap: 1 }}>
          <Typography>
            Template: {assignment.template.name} ({assignment.template.mode.toLowerCase()})
          </Typography>
          <Typography>
            Given to:{' '}
            {assignment.cohort ? (
              <Link to={createPath({ resource: 'cohorts', type: 'show', id: assignment.cohort.id })}>
                {assignment.cohort.name}
              </Link>
            ) : (
              'chosen candidates'
            )}
          </Typography>
          <Typography>Due: {assignment.dueAt ? `${formatInViewerZone(assignment.dueAt)} (your time)` : 'no due date'}</Typography>
          <AssignmentProgress />
        </CardContent>
      </Card>
      <Card variant="outlined" component="section" aria-label="Candidates">
        <CardContent sx={{ display: 'grid', gap: 1 }}>
          <Typography variant="h6" component="h2">
            Candidates
          </Typography>
          <Candidates assignment={assignment} />
        </CardContent>
      </Card>
    </Box>
  );
}

export const AssignmentShow = () => (
  <Show actions={<Actions />} title="Assignment">
    <AssignmentDetail />
  </Show>
);
