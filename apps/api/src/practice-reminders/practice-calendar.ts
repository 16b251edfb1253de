import { createEvent } from 'ics';
import type { PracticeReminder } from './practice-reminder.entity';

export const PRACTICE_TITLE = 'Mock interview practice';
const DURATION_MINUTES = 30;
const ALARM_MINUTES = 15;

/**
 * The planned practice as an iCalendar file (one VEVENT, in UTC): 30 minutes, an alarm 15 minutes
 * before, the note and a link to the candidate app. The uid stays the same, so importing it again
 * updates the event instead of adding a second one.
 */
export function practiceCalendar(reminder: Pick<PracticeReminder, 'id' | 'at' | 'note'>, appUrl: string): string {
  const { error, value } = createEvent({
    uid: `practice-${reminder.id}@${new URL(appUrl).hostname}`,
    productId: 'mockint',
    title: PRACTICE_TITLE,
    description: [reminder.note, `Open the app: ${appUrl}`].filter(Boolean).join('\n\n'),
    url: appUrl,
    start: reminder.at.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: DURATION_MINUTES },
    alarms: [{ action: 'display', description: PRACTICE_TITLE, trigger: { minutes: ALARM_MINUTES, before: true } }],
  });
  if (error || !value) throw error ?? new Error('The calendar file could not be built');
  return value;
}
