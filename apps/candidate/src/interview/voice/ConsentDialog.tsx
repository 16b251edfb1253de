import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useApiQuery } from '../../useApi';
import { RETENTION } from './operations';

/** What recording means, asked once per person in this browser before the first take. */
export function ConsentDialog({ open, onAgree, onDecline }: { open: boolean; onAgree: () => void; onDecline: () => void }) {
  const organization = useApiQuery(RETENTION, undefined, { enabled: open }).data?.organization;
  const days = organization?.recordingRetentionDays;
  const school = organization?.name ?? 'your school';
  return (
    <Dialog open={open} onClose={onDecline} aria-labelledby="voice-consent-title">
      <DialogTitle id="voice-consent-title">Record your answers?</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 1.5 }}>
          Your voice is recorded while you answer, from when you press “Answer by voice” until you stop or the time runs out. The
          recording is stored with your answer and written out as text on {school}’s own server.
        </Typography>
        <Typography sx={{ mb: 1.5 }}>Only you and your coaches can play it back.</Typography>
        <Typography>
          {days
            ? `Recordings are deleted after ${days} days; your answers' text and feedback stay.`
            : `Recordings are kept until ${school} deletes them or your data is deleted.`}
        </Typography>
      </DialogContent>
      <DialogActions>
        <Button onClick={onDecline}>Type instead</Button>
        <Button variant="contained" onClick={onAgree}>
          I agree, record
        </Button>
      </DialogActions>
    </Dialog>
  );
}
