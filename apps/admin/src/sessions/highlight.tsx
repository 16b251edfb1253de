import type { ReactNode } from 'react';

export interface Quote {
  text: string;
  /** Who quoted it (the criterion's name), shown on hover and read out with the mark. */
  label: string;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Where `quote` first occurs in `text`, ignoring case and how the words are spaced. */
function find(text: string, quote: string): [number, number] | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const match = new RegExp(words.map(escape).join('\\s+'), 'i').exec(text);
  return match ? [match.index, match.index + match[0].length] : null;
}

/**
 * The answer with each quote marked (`<mark>`). Quotes that overlap make one mark naming them all; a
 * quote the answer does not contain marks nothing.
 */
export function highlight(text: string, quotes: Quote[]): ReactNode[] {
  const spans = quotes
    .flatMap((q) => {
      const at = find(text, q.text);
      return at ? [{ start: at[0], end: at[1], labels: [q.label] }] : [];
    })
    .sort((a, b) => a.start - b.start);
  const merged: typeof spans = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.labels.includes(span.labels[0])) last.labels.push(...span.labels);
    } else merged.push({ ...span, labels: [...span.labels] });
  }
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end, labels } of merged) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} title={`Evidence for ${labels.join(', ')}`} data-criteria={labels.join(', ')}>
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
