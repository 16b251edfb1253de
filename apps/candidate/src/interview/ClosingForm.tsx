import { Paper, Stack, Typography } from '@mui/material';
import { request } from '../graphql';
import { useFormSubmit } from '../forms/useFormSubmit';
import { FormFooter } from '../forms/FormFooter';
import { ConfidenceField } from './OpeningForm';
import { COMPLETE_SESSION } from './operations';

/** Ends the sitting with the candidate's confidence now, to set beside the one before. */
export function ClosingForm({ sessionId, onClosed }: { sessionId: string; onClosed: () => void }) {
  const { submit, error, pending } = useFormSubmit(async (form) => {
    await request(COMPLETE_SESSION, { id: sessionId, input: { confidenceAfter: Number(form.get('confidence')) } });
    onClosed();
  });
  return (
    <Stack spacing={2} sx={{ maxWidth: 640, mx: 'auto' }}>
      <Typography variant="h1">That is the end of the interview</Typography>
      <Typography color="text.secondary">Well done for sitting it. One last question before your feedback.</Typography>
      <Paper variant="outlined" component="form" onSubmit={submit} sx={{ p: { xs: 2, sm: 3 } }}>
        <Stack spacing={3}>
          <ConfidenceField label="How confident do you feel now?" />
          <FormFooter error={error} pending={pending} label="See your feedback" pendingLabel="Saving…" />
        </Stack>
      </Paper>
    </Stack>
  );
}
