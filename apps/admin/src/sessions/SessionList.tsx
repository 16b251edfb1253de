import { Datagrid, DateField, List, NumberField, TextField } from 'react-admin';
import { AwaitingScoreField } from './AwaitingScoreField';

/** Sittings a coach may review: their cohorts' candidates (all of them for an admin), newest first. */
export const SessionList = () => (
  <List sort={{ field: 'createdAt', order: 'DESC' }}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <DateField source="createdAt" label="Started" showTime />
      <TextField source="candidate.name" label="Candidate" sortable={false} />
      <TextField source="mode" sortable={false} />
      <TextField source="status" sortable={false} />
      <NumberField source="focusLossCount" label="Focus losses" sortable={false} />
      <AwaitingScoreField label="Needs a coach's score" />
    </Datagrid>
  </List>
);
