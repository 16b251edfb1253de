import type { FillerMetrics } from '../types';
import type { Sentence } from '../text/tokenize';
import { SUBJECT_PRONOUNS, isNumberWord } from '../text/word-lists';

/**
 * Filler detection works on words with their pauses, because most fillers are ordinary words
 * ("like", "so", "kind of", "I mean") that only count as fillers in certain positions.
 */

const HESITATION = /^(?:(u+h*m+)|(u+h+)|(e+r+m*)|(a+h+)|(h+m+))$/;
const HESITATION_KEYS = ['um', 'uh', 'er', 'ah', 'hmm'];
const ALWAYS_FILLERS = new Map([
  ['basically', 'basically'],
  ['literally', 'literally'],
  ['actually', 'actually'],
  ['kinda', 'kind of'],
  ['sorta', 'sort of'],
]);

// "like" is a verb or preposition after these ("I'd like", "looks like", "something like 20").
const LIKE_NOT_FILLER_AFTER = new Set(
  `i we you they he she would i'd we'd you'd they'd really also don't didn't do did does look looks
  looked seem seems seemed feel feels felt sound sounds sounded something more just exactly much
  anything nothing things stuff`.split(/\s+/),
);
// Words that follow a filler "like" ("it was like really hard", "and like we had to").
const LIKE_FILLER_FOLLOWERS = new Set(['um', 'uh', 'totally', 'really', 'super', 'so', 'basically', 'literally', 'just', 'very']);
const LIKE_FILLER_LEAD_INS = new Set([
  'and',
  'but',
  'so',
  'or',
  'was',
  'is',
  'were',
  'are',
  "it's",
  "i'm",
  "we're",
  "they're",
  "he's",
  "she's",
  'um',
  'uh',
]);

// "kind of"/"sort of" is a noun phrase after these ("what kind of", "a sort of").
const NOUN_DETERMINERS = new Set(
  `what which the this that these those a an any some every each one same different other another
  all certain my our your their its his her new right wrong no first only particular specific
  similar two many various best worst exact favorite favourite`.split(/\s+/),
);
// "you know" is a real verb after these ("do you know", "if you know").
const KNOW_NOT_FILLER_AFTER = new Set(
  `do did don't didn't does if as would will can could should might may let because since when
  unless whether than`.split(/\s+/),
);
// ... or when it takes an object ("you know the codebase").
const KNOW_OBJECTS = new Set(
  `what how why when where who whether if that the a an it them him her this these those about me
  us your my our their his its exactly`.split(/\s+/),
);
// Sentence-initial "so" that is not a discourse filler ("So far", "So that").
const SO_NOT_FILLER_BEFORE = new Set(['that', 'far', 'much', 'many', 'long', 'few']);

interface Hit {
  key: string;
  length: number;
}
type Detector = (s: Sentence, i: number) => Hit | null;

const atPause = (s: Sentence, i: number): boolean => i === 0 || s.pauseAfter[i - 1];

function youKnow(s: Sentence, i: number): Hit | null {
  const w = s.words;
  if (w[i + 1] !== 'know' || KNOW_NOT_FILLER_AFTER.has(w[i - 1])) return null;
  if (w[i + 2] === 'what' && w[i + 3] === 'i' && w[i + 4] === 'mean') return { key: 'you know', length: 5 };
  const isFiller = s.pauseAfter[i + 1] || i + 2 >= w.length || !KNOW_OBJECTS.has(w[i + 2]);
  return isFiller ? { key: 'you know', length: 2 } : null;
}

function kindOf(s: Sentence, i: number): Hit | null {
  const w = s.words;
  return w[i + 1] === 'of' && !NOUN_DETERMINERS.has(w[i - 1]) ? { key: `${w[i]} of`, length: 2 } : null;
}

/** Context-dependent fillers, keyed by their first word. */
const DETECTORS = new Map<string, Detector>([
  ['like', (s, i) => (isFillerLike(s, i) ? { key: 'like', length: 1 } : null)],
  ['you', youKnow],
  ['i', (s, i) => (s.words[i + 1] === 'mean' && (atPause(s, i) || s.pauseAfter[i + 1]) ? { key: 'i mean', length: 2 } : null)],
  ['kind', kindOf],
  ['sort', kindOf],
  ['so', (s, i) => (i === 0 && s.words.length > 1 && !SO_NOT_FILLER_BEFORE.has(s.words[1]) ? { key: 'so', length: 1 } : null)],
  ['well', (s, i) => (i === 0 && s.pauseAfter[0] ? { key: 'well', length: 1 } : null)],
]);

function detect(s: Sentence, i: number): Hit | null {
  const word = s.words[i];
  const hesitation = HESITATION.exec(word);
  if (hesitation) return { key: HESITATION_KEYS[hesitation.slice(1).findIndex(Boolean)], length: 1 };
  const always = ALWAYS_FILLERS.get(word);
  if (always) return { key: always, length: 1 };
  return DETECTORS.get(word)?.(s, i) ?? null;
}

function isFillerLike(s: Sentence, i: number): boolean {
  const w = s.words;
  const prev = w[i - 1];
  const next = w[i + 1];
  if (prev !== undefined && LIKE_NOT_FILLER_AFTER.has(prev)) return false;
  // Set off by pauses: "it was, like, a mess" / "Like, we never..."
  if (s.pauseAfter[i] && next !== undefined) return true;
  if (atPause(s, i) && next !== undefined && LIKE_FILLER_FOLLOWERS.has(next)) return true;
  // Approximation before a number: "like 50 tickets".
  if (isNumberWord(next)) return true;
  // "and like we had to", "it was like really hard".
  return (
    prev !== undefined &&
    LIKE_FILLER_LEAD_INS.has(prev) &&
    next !== undefined &&
    (LIKE_FILLER_FOLLOWERS.has(next) || SUBJECT_PRONOUNS.has(next))
  );
}

export function countFillers(sentences: readonly Sentence[], wordCount: number): FillerMetrics {
  const breakdown: Record<string, number> = {};
  let total = 0;
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.words.length; i++) {
      const hit = detect(sentence, i);
      if (hit) {
        breakdown[hit.key] = (breakdown[hit.key] ?? 0) + 1;
        total++;
        i += hit.length - 1;
      }
    }
  }
  const per100Words = wordCount > 0 ? Math.round((total / wordCount) * 1000) / 10 : 0;
  return { total, per100Words, breakdown };
}
