import {
  Datagrid,
  DateField,
  FunctionField,
  List,
  ReferenceInput,
  AutocompleteInput,
  SearchInput,
  SimpleList,
  TextField,
} from 'react-admin';
import { useMediaQuery, type Theme } from '@mui/material';
import { AssignmentProgress, DueDate } from './AssignmentFields';
import { formatInViewerZone } from './timeZone';
import { CreateOnly } from '../forms/CreateOnly';
import type { AssignmentRecord } from './types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search by title" />,
  <ReferenceInput key="cohortId" source="cohortId" reference="cohorts" alwaysOn>
    <AutocompleteInput label="Cohort" optionText="name" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
];

/** Assignments soonest due first, with how their candidates are doing. */
const givenTo = (a: AssignmentRecord) =>
  a.cohort?.name ?? `${a.candidates.length} ${a.candidates.length === 1 ? 'candidate' : 'candidates'}`;

const empty = <p style={{ padding: '1rem' }}>Nothing assigned yet: assign a template to a cohort or to candidates.</p>;

export const AssignmentList = () => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List sort={{ field: 'dueAt', order: 'ASC' }} filters={filters} exporter={false} actions={<CreateOnly />}>
      {phone ? (
        <SimpleList<AssignmentRecord>
          linkType="show"
          primaryText={(a) => a.title}
          secondaryText={(a) => `${givenTo(a)} · ${a.dueAt ? `due ${formatInViewerZone(a.dueAt)}` : 'no due date'}`}
          tertiaryText={() => <AssignmentProgress />}
          empty={empty}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false} empty={empty}>
          <TextField source="title" />
          <FunctionField<AssignmentRecord> label="Given to" render={givenTo} />
          <FunctionField source="dueAt" label="Due (your time)" render={() => <DueDate />} />
          <FunctionField label="Progress" render={() => <AssignmentProgress />} />
          <DateField source="createdAt" label="Assigned" />
        </Datagrid>
      )}
    </List>
  );
};
