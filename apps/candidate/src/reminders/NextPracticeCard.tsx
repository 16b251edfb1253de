import { Button, Stack, Typography } from '@mui/material';
import EventIcon from '@mui/icons-material/EventOutlined';
import { useApiMutation, useApiQuery } from '../useApi';
import { ErrorState, QueryState } from '../layout/States';
import { SectionCard } from '../home/SectionCard';
import { CANCEL_PRACTICE, NEXT_PRACTICE } from './queries';
import { SchedulePracticeForm } from './SchedulePracticeForm';
import { saveIcs } from './saveIcs';

/** The next planned practice, with its calendar file; or a form to plan one. */
export function NextPracticeCard() {
  const next = useApiQuery(NEXT_PRACTICE);
  const cancel = useApiMutation(CANCEL_PRACTICE, [NEXT_PRACTICE]);
  return (
    <SectionCard title="Next practice">
      <QueryState query={next} loading="Loading your plan…">
        {({ nextPracticeReminder: reminder }) =>
          reminder ? (
            <Stack spacing={1.5}>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <EventIcon color="primary" aria-hidden />
                <Typography sx={{ fontWeight: 600 }}>
                  {new Date(reminder.at).toLocaleString(undefined, {
                    weekday: 'long',
                    day: 'numeric',
                    month: 'long',
                    hour: 'numeric',
                    minute: '2-digit',
                  })}
                </Typography>
              </Stack>
              {reminder.note && <Typography color="text.secondary">{reminder.note}</Typography>}
              {cancel.error && <ErrorState error={cancel.error} />}
              <Stack direction="row" spacing={1}>
                <Button variant="outlined" onClick={() => saveIcs(reminder)}>
                  Add to calendar
                </Button>
                <Button disabled={cancel.isPending} onClick={() => cancel.mutate({ id: reminder.id })}>
                  Cancel it
                </Button>
              </Stack>
            </Stack>
          ) : (
            <Stack spacing={1.5}>
              <Typography color="text.secondary">Regular practice is what makes the difference. Plan your next one.</Typography>
              <SchedulePracticeForm />
            </Stack>
          )
        }
      </QueryState>
    </SectionCard>
  );
}
