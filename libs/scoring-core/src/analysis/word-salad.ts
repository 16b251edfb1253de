import type { Sentence } from '../text/tokenize';

/**
 * Word pairs English sentences do not have: an article or possessive followed by a preposition, a
 * conjunction or an auxiliary ("the of", "our and", "a was"), and "of" followed by a conjunction ("of
 * and"). Answers that string keywords together with function words sprinkled in have them; prose,
 * terse notes and transcripts of real speech do not. Pairs split by a comma or a dash are skipped
 * (speech breaks off and restarts: "we told the, and then"), and so are repeated articles ("the the").
 */
const DETERMINERS = new Set('the an my our your their its every'.split(' '));
const CANNOT_FOLLOW_DETERMINER = new Set(
  `of in on at to for with by from into about and or but if then because is are was were be been has have
  had do does did will would can could should i we he she they`.split(/\s+/),
);
const CONJUNCTIONS = new Set('and or but if then because'.split(' '));

/** The impossible pairs in the sentences, as "the of". */
export function ungrammaticalPairs(sentences: readonly Sentence[]): string[] {
  const pairs: string[] = [];
  for (const { words, pauseAfter } of sentences) {
    for (let i = 0; i + 1 < words.length; i++) {
      if (pauseAfter[i]) continue;
      const [first, next] = [words[i], words[i + 1]];
      const impossible =
        (DETERMINERS.has(first) && CANNOT_FOLLOW_DETERMINER.has(next)) || (first === 'of' && CONJUNCTIONS.has(next));
      if (impossible) pairs.push(`${first} ${next}`);
    }
  }
  return pairs;
}
