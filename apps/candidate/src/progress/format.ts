/** How progress figures read on screen and in the charts' text alternatives. */

export const score = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : String(Math.round(value));

export const percent = (share: number | null | undefined): string =>
  share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`;

export const decimal = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined ? '—' : value.toFixed(digits);

/** Tenths under ten seconds, where they still matter (and an axis from 0 to 1 keeps distinct ticks). */
export const seconds = (value: number | null | undefined): string =>
  value === null || value === undefined ? '—' : `${value.toFixed(value < 10 ? 1 : 0)} s`;

/** A change with its sign spelled out (a minus sign, not a hyphen). */
export const signed = (value: number): string => `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(Math.round(value))}`;

/** An ISO week's Monday (00:00 UTC) as a short label: the week is a UTC week, so is its label. */
export const weekLabel = (iso: string): string =>
  new Date(iso).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** Competencies arrive trimmed and lower case: shown with a capital. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
