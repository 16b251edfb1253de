import { useState } from 'react';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { useApiMutation } from '../useApi';
import { errorMessage } from '../graphql';
import type { ReminderFragment } from '../gql/graphql';
import { NEXT_PRACTICE, SCHEDULE_PRACTICE } from './queries';
import { saveIcs } from './saveIcs';

/** The value of a datetime-local field for `date`, in the person's time zone. */
const localInput = (date: Date) => {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
};

/** Two days from now at 6 pm: a sensible first suggestion. */
function suggestion(): string {
  const date = new Date(Date.now() + 2 * 24 * 3600 * 1000);
  date.setHours(18, 0, 0, 0);
  return localInput(date);
}

/** Plans the next practice: when (in the person's time zone) and what; then offers the calendar file. */
export function SchedulePracticeForm({
  defaultNote = '',
  onScheduled,
}: {
  defaultNote?: string;
  onScheduled?: (r: ReminderFragment) => void;
}) {
  const schedule = useApiMutation(SCHEDULE_PRACTICE, [NEXT_PRACTICE]);
  const [scheduled, setScheduled] = useState<ReminderFragment>();
  if (scheduled) {
    return (
      <Alert
        severity="success"
        role="status"
        action={
          <Button color="inherit" size="small" onClick={() => saveIcs(scheduled)}>
            Add to calendar
          </Button>
        }
      >
        Practice planned for {new Date(scheduled.at).toLocaleString(undefined, { dateStyle: 'full', timeStyle: 'short' })}. You
        get an e-mail reminder an hour before when this server sends e-mail.
      </Alert>
    );
  }
  return (
    <Stack
      component="form"
      spacing={2}
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const note = String(form.get('note') ?? '').trim();
        schedule.mutate(
          { input: { at: new Date(String(form.get('at'))).toISOString(), note: note || undefined } },
          {
            onSuccess: ({ schedulePractice }) => {
              setScheduled(schedulePractice);
              onScheduled?.(schedulePractice);
            },
          },
        );
      }}
    >
      <TextField
        name="at"
        type="datetime-local"
        label="When"
        defaultValue={suggestion()}
        required
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: localInput(new Date()) } }}
      />
      <TextField
        name="note"
        label="What to practise (optional)"
        defaultValue={defaultNote}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
      {schedule.error && (
        <Alert severity="error" role="alert">
          {errorMessage(schedule.error)}
        </Alert>
      )}
      <div>
        <Button type="submit" variant="contained" disabled={schedule.isPending}>
          {schedule.isPending ? 'Planning…' : 'Schedule next practice'}
        </Button>
      </div>
    </Stack>
  );
}
