import { saveBlob } from '@mockint/web-graphql';
import type { ReminderFragment } from '../gql/graphql';

/** The planned practice as a calendar file, for the person's own calendar app. */
export const saveIcs = (reminder: ReminderFragment) =>
  saveBlob(new Blob([reminder.ics], { type: 'text/calendar' }), `mock-interview-practice-${reminder.at.slice(0, 10)}.ics`);
