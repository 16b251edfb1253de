import type { ReactNode } from 'react';
import {
  Button as RaButton,
  Confirm,
  CreateButton,
  Datagrid,
  DateField,
  DeleteWithConfirmButton,
  EditButton,
  FunctionField,
  ReferenceManyField,
  Show,
  TextField as RaTextField,
  TopToolbar,
  usePermissions,
  useRecordContext,
} from 'react-admin';
import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { ADD_MEMBERS, ARCHIVE, REMOVE_MEMBER, UNARCHIVE } from './queries';
import { RosterImport } from './RosterImport';
import { MemberPicker } from '../forms/MemberPicker';
import { useAction } from '../forms/useAction';
import { AssignmentProgress, DueDate } from '../assignments/AssignmentFields';
import type { CohortRecord, Person } from './types';

/** Read by screen readers, not shown. */
const VISUALLY_HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)' } as const;

const STATUS_LABEL: Record<Person['status'], string> = { ACTIVE: 'Active', INVITED: 'Invited', DEACTIVATED: 'Deactivated' };

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card component="section" aria-label={title} variant="outlined">
      <CardContent sx={{ display: 'grid', gap: 1.5 }}>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}

function ArchiveButton({ cohort }: { cohort: CohortRecord }) {
  const [open, setOpen] = useState(false);
  const { run, busy } = useAction();
  if (cohort.archivedAt) {
    return <RaButton label="Unarchive" disabled={busy} onClick={() => run(UNARCHIVE, { id: cohort.id }, 'Cohort reopened')} />;
  }
  return (
    <>
      <RaButton label="Archive" onClick={() => setOpen(true)} />
      <Confirm
        isOpen={open}
        loading={busy}
        title={`Archive ${cohort.name}?`}
        content="At the end of a term: the cohort becomes read-only (its settings, members and assignments) and leaves the cohort list. You can find it with the Archived filter and unarchive it."
        confirm="Archive"
        onConfirm={async () => {
          await run(ARCHIVE, { id: cohort.id }, 'Cohort archived');
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

function Actions() {
  const cohort = useRecordContext<CohortRecord>();
  const { permissions } = usePermissions();
  if (!cohort) return null;
  return (
    <TopToolbar>
      {!cohort.archivedAt && <EditButton />}
      <ArchiveButton cohort={cohort} />
      {permissions === 'ADMIN' && (
        <DeleteWithConfirmButton
          confirmContent="This deletes the cohort and its assignments for good. To keep its history, archive it instead."
          mutationMode="pessimistic"
        />
      )}
    </TopToolbar>
  );
}

function Summary({ cohort }: { cohort: CohortRecord }) {
  const dates = [cohort.startsOn, cohort.endsOn].map((d) => (d ? new Date(`${d}T00:00`).toLocaleDateString() : '…'));
  return (
    <Section title="Program">
      {cohort.description && <Typography>{cohort.description}</Typography>}
      <Typography>
        {cohort.startsOn || cohort.endsOn ? `From ${dates[0]} to ${dates[1]}` : 'No dates set'} · {cohort.candidateCount}{' '}
        {cohort.candidateCount === 1 ? 'candidate' : 'candidates'}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Chip color="primary" label={`Target ${cohort.readinessTarget}`} />
        <Chip variant="outlined" label={`Developing from ${cohort.developingThreshold}`} />
        <Chip variant="outlined" label={`Ready from ${cohort.readyThreshold}`} />
        <Chip variant="outlined" label={`Interview ready from ${cohort.interviewReadyThreshold}`} />
      </Stack>
      <Typography component="h3" variant="subtitle1">
        Required competencies
      </Typography>
      {cohort.requiredCompetencies?.length ? (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} aria-label="Required competencies">
          {cohort.requiredCompetencies.map((name) => (
            <Chip key={name} label={name} />
          ))}
        </Stack>
      ) : (
        <Typography color="text.secondary">None: readiness counts every competency practised.</Typography>
      )}
    </Section>
  );
}

/** Candidates or coaches of the cohort, with remove buttons and a picker to add more when allowed. */
function People({
  cohort,
  role,
  people,
  canChange,
}: {
  cohort: CohortRecord;
  role: 'CANDIDATE' | 'COACH';
  people: Person[];
  canChange: boolean;
}) {
  const { run, busy } = useAction();
  const title = role === 'CANDIDATE' ? 'Candidates' : 'Coaches';
  return (
    <Section title={title}>
      {people.length === 0 ? (
        <Typography color="text.secondary">No {title.toLowerCase()} yet.</Typography>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>E-mail</TableCell>
              <TableCell>Status</TableCell>
              {canChange && (
                <TableCell align="right">
                  <Box component="span" sx={VISUALLY_HIDDEN}>
                    Actions
                  </Box>
                </TableCell>
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            {people.map((person) => (
              <TableRow key={person.id}>
                <TableCell>{person.name}</TableCell>
                <TableCell sx={{ wordBreak: 'break-all' }}>{person.email}</TableCell>
                <TableCell>{STATUS_LABEL[person.status]}</TableCell>
                {canChange && (
                  <TableCell align="right">
                    <Button
                      size="small"
                      color="error"
                      disabled={busy}
                      aria-label={`Remove ${person.name}`}
                      onClick={() => run(REMOVE_MEMBER, { cohortId: cohort.id, memberId: person.id }, `${person.name} removed`)}
                    >
                      Remove
                    </Button>
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {canChange && (
        <MemberPicker
          label={`Add ${title.toLowerCase()}`}
          roles={role === 'CANDIDATE' ? ['CANDIDATE'] : ['COACH', 'ADMIN']}
          exclude={people.map((p) => p.id)}
          action="Add"
          onChoose={(chosen) =>
            run(
              ADD_MEMBERS,
              { cohortId: cohort.id, input: { memberIds: chosen.map((m) => m.id), role } },
              `${chosen.length} added`,
            )
          }
        />
      )}
    </Section>
  );
}

function Assignments({ cohort }: { cohort: CohortRecord }) {
  return (
    <Section title="Assignments">
      {!cohort.archivedAt && (
        <Box>
          <CreateButton
            resource="assignments"
            label="Assign a template"
            state={{ record: { cohortId: cohort.id, to: 'cohort' } }}
          />
        </Box>
      )}
      <ReferenceManyField reference="assignments" target="cohortId" sort={{ field: 'dueAt', order: 'ASC' }} perPage={25}>
        <Datagrid
          rowClick="show"
          bulkActionButtons={false}
          empty={<Typography color="text.secondary">Nothing assigned to this cohort yet.</Typography>}
        >
          <RaTextField source="title" />
          <FunctionField label="Due" render={() => <DueDate />} />
          <FunctionField label="Progress" render={() => <AssignmentProgress />} />
          <DateField source="createdAt" label="Assigned" />
        </Datagrid>
      </ReferenceManyField>
    </Section>
  );
}

function CohortDetail() {
  const cohort = useRecordContext<CohortRecord>();
  const { permissions } = usePermissions();
  // Until getOne answers, react-admin shows the list's copy of the record, which has no people.
  if (!cohort?.candidates) return null;
  const isAdmin = permissions === 'ADMIN';
  const open = !cohort.archivedAt;
  return (
    <Box sx={{ display: 'grid', gap: 2, p: { xs: 1, sm: 2 } }}>
      <Typography variant="h5" component="h1">
        {cohort.name}
      </Typography>
      {cohort.archivedAt && (
        <Alert severity="info">
          Archived on {new Date(cohort.archivedAt).toLocaleDateString()}: read-only. Unarchive it to change anything.
        </Alert>
      )}
      <Summary cohort={cohort} />
      <People cohort={cohort} role="CANDIDATE" people={cohort.candidates} canChange={open} />
      <People cohort={cohort} role="COACH" people={cohort.coaches ?? []} canChange={open && isAdmin} />
      {open && isAdmin && (
        <Section title="Import a roster">
          <RosterImport cohortId={cohort.id} />
        </Section>
      )}
      <Assignments cohort={cohort} />
    </Box>
  );
}

export const CohortShow = () => (
  <Show actions={<Actions />} title="Cohort">
    <CohortDetail />
  </Show>
);
