import { Datagrid, DateField, List, ShowButton, TextField } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { AwaitingScoreField } from '../sessions/AwaitingScoreField';

function QueueEmpty() {
  return (
    <Box sx={{ p: 4, textAlign: 'center' }}>
      <Typography variant="h6" component="p">
        Nothing is waiting for your review
      </Typography>
      <Typography color="text.secondary">
        Completed sessions of your cohorts show here, oldest first, until you review them.
      </Typography>
    </Box>
  );
}

/** Completed sessions with an answer the coach has not reviewed, oldest first; "Review" opens one. */
export const ReviewQueue = () => (
  <List title="Review queue" sort={{ field: 'completedAt', order: 'ASC' }} empty={<QueueEmpty />} exporter={false}>
    <Datagrid rowClick="show" bulkActionButtons={false} sort={{ field: 'completedAt', order: 'ASC' }}>
      <DateField source="completedAt" label="Completed" showTime sortable={false} />
      <TextField source="candidate.name" label="Candidate" sortable={false} />
      <TextField source="mode" sortable={false} />
      <AwaitingScoreField label="Needs your score" />
      <ShowButton label="Review" />
    </Datagrid>
  </List>
);
