import {
  BooleanInput,
  Datagrid,
  DateField,
  FunctionField,
  List,
  NumberField,
  SearchInput,
  SimpleList,
  useListContext,
} from 'react-admin';
import { Chip, useMediaQuery, type Theme } from '@mui/material';
import { CreateOnly } from '../forms/CreateOnly';
import type { CohortRecord } from './types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search by name" />,
  <BooleanInput key="archived" source="archived" label="Archived cohorts" alwaysOn />,
];

/** Says which list this is: archived cohorts are only here when asked for. */
function Empty() {
  const { filterValues } = useListContext();
  return (
    <p style={{ padding: '1rem' }}>
      {filterValues.archived ? 'No archived cohorts.' : 'No cohorts yet: create one, then import its roster.'}
    </p>
  );
}

const dates = (cohort: CohortRecord) =>
  [cohort.startsOn, cohort.endsOn].map((d) => (d ? new Date(`${d}T00:00`).toLocaleDateString() : '…')).join(' to ');

export const CohortList = () => {
  const phone = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  return (
    <List
      sort={{ field: 'name', order: 'ASC' }}
      filters={filters}
      filterDefaultValues={{ archived: false }}
      exporter={false}
      actions={<CreateOnly />}
    >
      {phone ? (
        <SimpleList<CohortRecord>
          linkType="show"
          primaryText={(cohort) => `${cohort.name}${cohort.archivedAt ? ' (archived)' : ''}`}
          secondaryText={(cohort) => `${cohort.candidateCount} candidates · target ${cohort.readinessTarget}`}
          tertiaryText={(cohort) => (cohort.startsOn || cohort.endsOn ? dates(cohort) : '')}
          empty={<Empty />}
        />
      ) : (
        <Datagrid rowClick="show" bulkActionButtons={false} empty={<Empty />}>
          <FunctionField<CohortRecord>
            source="name"
            label="Name"
            render={(cohort) => (
              <>
                {cohort.name}
                {cohort.archivedAt && <Chip size="small" label="Archived" sx={{ ml: 1 }} />}
              </>
            )}
          />
          <DateField source="startsOn" label="Starts" />
          <DateField source="endsOn" label="Ends" sortable={false} />
          <NumberField source="readinessTarget" label="Target" sortable={false} />
          <NumberField source="candidateCount" label="Candidates" sortable={false} />
        </Datagrid>
      )}
    </List>
  );
};
