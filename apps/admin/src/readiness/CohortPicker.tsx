import { useMediaQuery, type Theme } from '@mui/material';
import { Datagrid, DateField, FunctionField, Link, List, NumberField, SearchInput, SimpleList } from 'react-admin';

interface CohortRow {
  id: string;
  name: string;
  readinessTarget: number;
  candidateCount: number;
}

const dashboardOf = (id: string | number) => `/readiness/${id}`;

/** `/readiness`: the cohorts the person may see (a coach, the ones they coach); each opens its dashboard. */
export function CohortPicker() {
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <List
      resource="cohorts"
      title="Readiness: pick a cohort"
      sort={{ field: 'name', order: 'ASC' }}
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      actions={false}
      storeKey="readiness.cohorts"
    >
      {phone ? (
        <SimpleList<CohortRow>
          primaryText={(cohort) => cohort.name}
          secondaryText={(cohort) => `${cohort.candidateCount} candidates, target ${cohort.readinessTarget}`}
          rowClick={dashboardOf}
        />
      ) : (
        <Datagrid bulkActionButtons={false} rowClick={dashboardOf}>
          <FunctionField source="name" render={(cohort: CohortRow) => <Link to={dashboardOf(cohort.id)}>{cohort.name}</Link>} />
          <DateField source="startsOn" />
          <DateField source="endsOn" sortable={false} />
          <NumberField source="readinessTarget" sortable={false} />
          <NumberField source="candidateCount" label="Candidates" sortable={false} />
        </Datagrid>
      )}
    </List>
  );
}
