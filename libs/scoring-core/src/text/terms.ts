import { conceptOf } from './concepts';
import { memoize } from './memo';
import { stem } from './stem';
import { STOP_WORDS } from './stop-words';

/**
 * Content term of a lowercase word: stop-words and numbers are dropped, possessives and
 * hyphens folded ("team's" -> "team", "trade-offs" -> "tradeoff"), then stemmed and mapped to
 * its synonym group. Returns null for words that carry no topic.
 */
export const termOf = memoize((word: string): string | null => {
  if (STOP_WORDS.has(word)) return null;
  const bare = word.replace(/'s$/, '').replace(/[-.']/g, '');
  if (bare.length < 3 || /\d/.test(bare) || STOP_WORDS.has(bare)) return null;
  return conceptOf(stem(bare));
});

// Connectives whose last word would otherwise read as topic ("as a result" is not about results).
const CONNECTIVES: readonly (readonly string[])[] = [
  ['as', 'a', 'result'],
  ['in', 'the', 'end'],
  ['at', 'the', 'end'],
  ['for', 'example'],
  ['in', 'fact'],
];

function endsConnective(words: readonly string[], i: number): boolean {
  return CONNECTIVES.some((c) => c.length <= i + 1 && c.every((w, k) => words[i - c.length + 1 + k] === w));
}

export function contentTerms(words: readonly string[]): string[] {
  const terms: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const term = termOf(words[i]);
    if (term !== null && !endsConnective(words, i)) terms.push(term);
  }
  return terms;
}

/** Long stems also match on a shared 6-letter prefix, which catches what Porter leaves apart. */
const PREFIX_LENGTH = 6;

/** A set of answer terms with the fuzzy lookup used for relevance and talking-point coverage. */
export class TermSet {
  private readonly exact: Set<string>;
  private readonly prefixes = new Set<string>();

  constructor(terms: Iterable<string>) {
    this.exact = new Set(terms);
    for (const term of this.exact) {
      if (term.length >= PREFIX_LENGTH) this.prefixes.add(term.slice(0, PREFIX_LENGTH));
    }
  }

  has(term: string): boolean {
    return this.exact.has(term) || (term.length >= PREFIX_LENGTH && this.prefixes.has(term.slice(0, PREFIX_LENGTH)));
  }

  add(term: string): void {
    this.exact.add(term);
    if (term.length >= PREFIX_LENGTH) this.prefixes.add(term.slice(0, PREFIX_LENGTH));
  }
}
