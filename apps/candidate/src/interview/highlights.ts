/** A piece of the answer's text, marked when it is evidence a criterion quoted or a filler word. */
export interface Segment {
  text: string;
  mark?: 'evidence' | 'filler';
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` into segments marking the evidence quotes (found case-insensitively) and the filler words
 * and phrases (whole words only). Evidence wins where the two overlap.
 */
export function highlight(text: string, evidence: string[], fillers: string[]): Segment[] {
  const marks: ('evidence' | 'filler' | undefined)[] = new Array(text.length);
  const lower = text.toLowerCase();
  for (const quote of evidence) {
    const needle = quote.trim().toLowerCase();
    if (!needle) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      marks.fill('evidence', at, at + needle.length);
    }
  }
  if (fillers.length) {
    const pattern = new RegExp(`\\b(?:${fillers.map(escape).join('|')})\\b`, 'gi');
    for (const match of text.matchAll(pattern)) {
      for (let i = match.index; i < match.index + match[0].length; i++) marks[i] ??= 'filler';
    }
  }
  const segments: Segment[] = [];
  for (let i = 0; i < text.length;) {
    let end = i + 1;
    while (end < text.length && marks[end] === marks[i]) end++;
    segments.push(marks[i] ? { text: text.slice(i, end), mark: marks[i] } : { text: text.slice(i, end) });
    i = end;
  }
  return segments;
}
