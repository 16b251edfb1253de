/** Word classes shared by several detectors. */

export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'it']);

/** Spelled-out numbers, so "like two weeks" and "three engineers" are recognised as quantities. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
  million billion dozen half hundreds thousands millions dozens`.split(/\s+/),
);

export function isNumberWord(word: string | undefined): boolean {
  return word !== undefined && (/^\d/.test(word) || NUMBER_WORDS.has(word));
}

/** A word-bounded alternation for lowercase text; longer phrases first so they win. */
export function phraseRegExp(phrases: readonly string[], flags = 'g'): RegExp {
  const sorted = [...phrases].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const body = sorted.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');
  // ASCII word boundaries: the phrases are ASCII, and non-unicode regexes are much faster.
  return new RegExp(`(?<![\\w'])(?:${body})(?!\\w)`, flags);
}
