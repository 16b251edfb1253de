import type { TalkingPointCoverage } from '../types';
import { normalizeText } from '../text/normalize';
import { TermSet, contentTerms, termOf } from '../text/terms';
import { tokenizeSentence } from '../text/tokenize';

/**
 * Topic overlap between an answer and its question, on stemmed synonym-folded terms.
 * Words every answer uses ("team", "project") weigh less, so they cannot make an
 * off-topic answer look relevant.
 */

const GENERIC_WEIGHT = 0.3;
const COMPETENCY_WEIGHT = 0.5;
export const GENERIC_TERMS: ReadonlySet<string> = new Set(
  `team project work company job role people person experience day week month year problem issue
  help good better best new able different important part first last place process
  situation handle approach`
    .split(/\s+/)
    .map(termOf)
    .filter((t): t is string => t !== null),
);
/** Share of a talking point's term weight the answer must contain to cover it. */
const COVERAGE_SHARE = 0.5;
/** Precision at which an answer counts as fully focused: roughly one topical word in ten. */
const FULL_PRECISION = 0.1;
/** Nothing to compare against ("Tell me about yourself."): neither reward nor punish. */
const NEUTRAL_RELEVANCE = 0.5;
/**
 * Term weight needed to trust the overlap fully. "Tell me about a time you failed" has one term,
 * and a story about overcharging customers never says "fail": with few terms the score leans
 * toward neutral instead of calling the answer off-topic.
 */
const CONFIDENT_WEIGHT = 3;

function weightedTerms(text: string, weight: number, into = new Map<string, number>()): Map<string, number> {
  for (const term of contentTerms(tokenizeSentence(normalizeText(text)).words)) {
    const w = GENERIC_TERMS.has(term) ? Math.min(weight, GENERIC_WEIGHT) : weight;
    into.set(term, Math.max(into.get(term) ?? 0, w));
  }
  return into;
}

function matchedShare(terms: ReadonlyMap<string, number>, answer: TermSet): number {
  let total = 0;
  let matched = 0;
  for (const [term, weight] of terms) {
    total += weight;
    if (answer.has(term)) matched += weight;
  }
  return total > 0 ? matched / total : 0;
}

export function coverTalkingPoints(talkingPoints: readonly string[], answer: TermSet, answerLower: string): TalkingPointCoverage {
  const covered: string[] = [];
  const missed: string[] = [];
  for (const point of talkingPoints) {
    const terms = weightedTerms(point, 1);
    const isCovered =
      terms.size > 0 ? matchedShare(terms, answer) >= COVERAGE_SHARE : answerLower.includes(normalizeText(point).toLowerCase());
    (isCovered ? covered : missed).push(point);
  }
  const ratio = talkingPoints.length > 0 ? Math.round((covered.length / talkingPoints.length) * 100) / 100 : null;
  return { covered, missed, ratio };
}

export interface TopicSources {
  prompt: string;
  talkingPoints: readonly string[];
  competencies: readonly string[];
}

/** 0..1: mostly recall of the question's terms, partly how focused the answer's own words are. */
export function measureRelevance(topic: TopicSources, answerTerms: readonly string[], answer: TermSet): number {
  const questionTerms = weightedTerms(topic.prompt, 1);
  for (const point of topic.talkingPoints) weightedTerms(point, 1, questionTerms);
  for (const competency of topic.competencies) weightedTerms(competency, COMPETENCY_WEIGHT, questionTerms);
  if (answerTerms.length === 0) return 0;
  const totalWeight = [...questionTerms.values()].reduce((a, b) => a + b, 0);
  if (totalWeight === 0) return NEUTRAL_RELEVANCE;

  const recall = matchedShare(questionTerms, answer);
  const questionSet = new TermSet(questionTerms.keys());
  const focused = answerTerms.filter((t) => questionSet.has(t)).length / answerTerms.length;
  const overlap = 0.7 * recall + 0.3 * Math.min(1, focused / FULL_PRECISION);
  const confidence = Math.min(1, totalWeight / CONFIDENT_WEIGHT);
  return Math.round((confidence * overlap + (1 - confidence) * NEUTRAL_RELEVANCE) * 100) / 100;
}
