import { Datagrid, DateField, List, NumberField, TextField } from 'react-admin';

export const CohortList = () => (
  <List sort={{ field: 'name', order: 'ASC' }}>
    <Datagrid bulkActionButtons={false}>
      <TextField source="name" />
      <DateField source="startsOn" />
      <DateField source="endsOn" sortable={false} />
      <NumberField source="readinessTarget" sortable={false} />
      <NumberField source="candidateCount" label="Candidates" sortable={false} />
    </Datagrid>
  </List>
);
