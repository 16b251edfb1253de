/** How analytics figures read on screen: the same everywhere. */

export const percent = (share: number | null | undefined): string =>
  share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;

export const score = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : String(Math.round(value));

export const decimal = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined ? '—' : value.toFixed(digits);

export const signed = (value: number | null | undefined, digits = 0): string =>
  value === null || value === undefined ? '—' : `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(digits)}`;

/** A day in the viewer's own locale and time zone. */
export const day = (iso: string | null | undefined): string =>
  iso ? new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }) : '—';

/** A YYYY-MM-DD date (a calendar day, not an instant) as the viewer writes it. */
export const calendarDay = (ymd: string): string =>
  new Date(`${ymd}T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** An ISO week's Monday (an instant at 00:00 UTC) as a short label. */
export const weekLabel = (iso: string): string => calendarDay(iso.slice(0, 10));

export const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
