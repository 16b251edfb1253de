/**
 * Clause extraction for quoting the answer back (quantified-result phrases, follow-up questions).
 * A clause runs between pause punctuation; long clauses are windowed around the point of interest.
 */
const CLAUSE_BREAK = /[,;:()"]|\s-\s|[.!?](?=\s|$)/g;

export function clauseAround(text: string, start: number, end: number, maxWords = 14): string {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const at = match.index;
    if (at < start) from = at + match[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  const before = text.slice(from, start).trim().split(/\s+/).filter(Boolean);
  const focus = text.slice(start, end).trim();
  const after = text.slice(end, to).trim().split(/\s+/).filter(Boolean);
  // Keep the focus, then spend the word budget mostly on what leads into it.
  const budget = Math.max(0, maxWords - focus.split(/\s+/).length);
  const keepAfter = Math.min(after.length, Math.max(2, budget - before.length));
  const keepBefore = Math.min(before.length, budget - keepAfter);
  return trimDangling([...before.slice(before.length - keepBefore), focus, ...after.slice(0, keepAfter)]).join(' ');
}

// Where a new clause starts in unpunctuated speech ("I owned the mistake I called our lead").
const SPOKEN_BREAK = /\s(?:i|we|and (?:then|it|i|we|they|he|she|that)|then|so|but|because|which)\s/gi;
const MIN_CLAUSE_WORDS = 3;

/** The clause that starts at `start`, cut at the next break or after maxWords words. */
export function clauseFrom(text: string, start: number, maxWords = 12): string {
  const rest = text.slice(start);
  const stop = rest.search(CLAUSE_BREAK);
  let clause = stop >= 0 ? rest.slice(0, stop) : rest;
  for (const match of clause.matchAll(SPOKEN_BREAK)) {
    if (clause.slice(0, match.index).trim().split(/\s+/).length >= MIN_CLAUSE_WORDS) {
      clause = clause.slice(0, match.index);
      break;
    }
  }
  return trimDangling(clause.trim().split(/\s+/).slice(0, maxWords)).join(' ');
}

// Words a cut-off clause should not end on ("...launched two weeks early and")...
const DANGLING = new Set(
  "the a an and or but to of with for in on at by from that which so because as into your our my the team's".split(' '),
);
// ...or start with ("and I brought data...").
const LEADING = new Set(['and', 'but', 'or', 'so', 'then', 'which']);

export function trimDangling(words: string[]): string[] {
  const out = words.filter(Boolean);
  while (out.length > 0 && DANGLING.has(out[out.length - 1].toLowerCase())) out.pop();
  while (out.length > 1 && LEADING.has(out[0].toLowerCase())) out.shift();
  return out;
}
