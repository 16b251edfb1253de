import { badInput } from './app-error';

export const DAY_MS = 86_400_000;

/** BAD_USER_INPUT unless `from` is before `to` and, with `maxDays`, no more than that many days before it. */
export function checkPeriod(from: Date, to: Date, maxDays?: number): void {
  if (from >= to) throw badInput('PERIOD_REVERSED', '"from" must be before "to"');
  if (maxDays && to.getTime() - from.getTime() > maxDays * DAY_MS) {
    throw badInput('PERIOD_TOO_LONG', `The period may span at most ${maxDays} days`);
  }
}

/** Midnight UTC of the Monday that starts the ISO week holding `date`. */
export function isoWeekStart(date: Date): Date {
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  return new Date(midnight - ((date.getUTCDay() + 6) % 7) * DAY_MS);
}

/** A moment as people in `timeZone` read it, for e-mails: "Tuesday, 5 January 2027 at 14:30 (Europe/Paris)". */
export const localTime = (date: Date, timeZone: string): string =>
  `${date.toLocaleString('en-GB', { timeZone, dateStyle: 'full', timeStyle: 'short' })} (${timeZone})`;
