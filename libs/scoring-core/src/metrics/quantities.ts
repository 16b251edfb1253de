import type { Quantity, QuantityKind } from '../types';
import { clauseAround } from '../text/clauses';
import type { Sentence } from '../text/tokenize';
import { NUMBER_WORDS } from '../text/word-lists';

/**
 * Finds numbers with their units. Numbers in a result sentence ("cut review time from 3 days to
 * 4 hours") become quantified results; the rest still count as concrete detail.
 */

const DURATION_UNITS = String.raw`ms|milliseconds?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?|years?|yrs?|sprints?`;
const COMPARATIVES = String.raw`faster|slower|more|less|fewer|higher|lower|bigger|smaller|better|cheaper|as`;

const DIGITS = new RegExp(
  String.raw`(?<![a-z0-9_.])(?<cur>[$€£¥₹])?(?<num>\d+(?:[.,]\d+)*)` +
    String.raw`(?<mag>\s?(?:k|mm|m|bn)\b|\s(?:thousand|million|billion)\b)?` +
    String.raw`(?:(?<pct>\s?%|\s?percent\b|\sper cent\b|\spercentage points?\b)` +
    String.raw`|(?<mult>x\b|-fold\b|\stimes (?:${COMPARATIVES})\b)` +
    String.raw`|(?<money>\s(?:dollars|usd|euros?|eur|pounds|gbp)\b)` +
    String.raw`|(?<dur>\s?(?:${DURATION_UNITS})\b))?`,
  'gi',
);

const SPELLED_NUMBER = String.raw`(?:zero|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine|hundred|thousand|million))?|a (?:hundred|thousand|million|dozen)|hundreds of|thousands of|millions of|dozens of|half an?)`;
const COUNT_NOUNS = String.raw`people|engineers|developers|designers|users|customers|clients|members|teams|services|tickets|bugs|hires|deals|accounts|stores|countries|markets|languages|releases|incidents|requests|calls|meetings|interviews|reports|projects|features|stakeholders|employees|students|reviewers|servers|regions|pages|tests`;
const SPELLED = new RegExp(
  String.raw`\b(?<num>${SPELLED_NUMBER})\s(?:(?<pct>percent|per cent)|(?<mult>times (?:${COMPARATIVES}))|(?<dur>${DURATION_UNITS})|(?<cnt>${COUNT_NOUNS}))\b`,
  'gi',
);
// "two examples", "five interviews": any noun after two..ninety is a count (but "one" is too ambiguous).
const SPELLED_COUNT =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds of|thousands of|dozens of) (?!(?:of|or|and|to|in|at|on|by|a|an|the|per|for|with|from|more|less|fewer|times)\b)[a-z]{3,}/gi;
// Bare spelled numbers only count as the ends of a change: "from twelve a month to two".
const SPELLED_CHANGE = new RegExp(String.raw`(?<=\b(?:from|to|by) )(?<num>${SPELLED_NUMBER})\b(?! of\b)`, 'gi');
const MULTIPLIER_WORDS =
  /\b(?:doubled|tripled|quadrupled|halved|twice as \w+|ten-?fold|in half\b(?! an?\b)|half (?:the|as) \w+)\b/gi;

interface Found {
  kind: QuantityKind;
  start: number;
  end: number;
}

function kindOf(groups: Record<string, string | undefined>): QuantityKind {
  if (groups.pct) return 'percent';
  if (groups.cur || groups.money) return 'money';
  if (groups.mult) return 'multiplier';
  if (groups.dur) return 'duration';
  if (!groups.mag && groups.num && /^(19|20)\d\d$/.test(groups.num)) return 'year';
  return 'count';
}

const MULTIPLIER_TRIGGERS = new Set(['doubled', 'tripled', 'quadrupled', 'halved', 'twice', 'tenfold', 'ten-fold', 'half']);

function findAll(sentence: Sentence): Found[] {
  // Most sentences hold no number at all; checking the words first skips the regex scans.
  const spelled = sentence.words.some((w) => NUMBER_WORDS.has(w) || MULTIPLIER_TRIGGERS.has(w));
  const digits = /\d/.test(sentence.text);
  const patterns = [...(digits ? [DIGITS] : []), ...(spelled ? [SPELLED, SPELLED_COUNT, SPELLED_CHANGE, MULTIPLIER_WORDS] : [])];
  const text = sentence.text;
  const found: Found[] = [];
  for (const re of patterns) {
    for (const match of text.matchAll(re)) {
      const kind = re === MULTIPLIER_WORDS ? 'multiplier' : re === SPELLED_COUNT ? 'count' : kindOf(match.groups ?? {});
      const start = match.index;
      const end = start + match[0].length;
      // "to two weeks" is found by both spelled patterns; keep the one with the unit.
      if (!found.some((f) => start < f.end && f.start < end)) found.push({ kind, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function quantitiesIn(sentence: Sentence): Quantity[] {
  return findAll(sentence).map(({ kind, start, end }) => ({
    value: sentence.text.slice(start, end).trim(),
    kind,
    phrase: clauseAround(sentence.text, start, end),
  }));
}

/** Quantities that express results: those in result sentences, except bare years. */
export function quantifiedResults(perSentence: readonly Quantity[][], isResultSentence: (index: number) => boolean): Quantity[] {
  return perSentence.flatMap((quantities, index) =>
    quantities.filter((q) => q.kind !== 'year' && (q.kind === 'multiplier' || isResultSentence(index))),
  );
}
