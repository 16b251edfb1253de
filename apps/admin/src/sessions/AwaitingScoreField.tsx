import { useRecordContext } from 'react-admin';
import { Chip } from '@mui/material';

/** Answers of the sitting the AI could not score and no coach has yet: they count for nothing until one does. */
export function AwaitingScoreField(_: { label?: string }) {
  const record = useRecordContext<{ awaitingCoachScore?: number }>();
  const count = record?.awaitingCoachScore ?? 0;
  if (!count) return null;
  return (
    <Chip
      size="small"
      color="warning"
      variant="outlined"
      label={`${count} ${count === 1 ? 'answer' : 'answers'} to score`}
      title="The AI withheld the score (too little to judge): only a coach's score counts."
    />
  );
}
