/** Dates as the person reads them: in their language and time zone. */
export const formatDateTime = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatDate = (iso: string) => new Date(iso).toLocaleDateString(undefined, { dateStyle: 'medium' });

const HOUR = 3600 * 1000;

/** How soon a due date is: overdue, within three days, or later. */
export function dueState(dueAt: string | null | undefined, now = Date.now()): 'overdue' | 'soon' | 'later' | 'none' {
  if (!dueAt) return 'none';
  const left = Date.parse(dueAt) - now;
  if (left < 0) return 'overdue';
  return left < 72 * HOUR ? 'soon' : 'later';
}
