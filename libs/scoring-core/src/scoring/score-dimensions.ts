import type { DimensionKey, DimensionScore, DimensionScores, RedFlagCode, RubricLevel } from '../types';
import { THRESHOLDS } from '../analysis/thresholds';
import type { DimensionScorer, ScoringContext } from './context';
import { scoreCommunication } from './communication';
import { scoreImpact } from './impact';
import { scoreOwnership } from './ownership';
import { scoreRelevance } from './relevance';
import { scoreSpecificity } from './specificity';
import { scoreStructure } from './structure';
import { scoreTechnicalDepth } from './technical-depth';

const SCORERS: Record<DimensionKey, DimensionScorer> = {
  structure: scoreStructure,
  specificity: scoreSpecificity,
  impact: scoreImpact,
  relevance: scoreRelevance,
  communication: scoreCommunication,
  ownership: scoreOwnership,
  technicalDepth: scoreTechnicalDepth,
};

export const DIMENSIONS = Object.keys(SCORERS) as DimensionKey[];

/**
 * A few words cannot earn a top score on anything, whatever they contain; shifting (rather than
 * capping) keeps a better short answer above a worse one.
 */
const TOO_SHORT_PENALTY = 2;
/**
 * Content that earns nothing (off-topic, copied, a keyword list, gibberish...) may still be fluent and
 * full of numbers; no dimension may rate it above this, which keeps the overall score under 35.
 */
const UNEARNED_CAP = 2;

export function scoreDimensions(ctx: ScoringContext): DimensionScores {
  const empty = ctx.metrics.wordCount === 0;
  const tooShort = ctx.metrics.wordCount < THRESHOLDS.tooShortWords;
  const scores = {} as DimensionScores;
  for (const key of DIMENSIONS) {
    const scored = empty ? { score: 1 as const, rationale: 'No answer was given.' } : SCORERS[key](ctx);
    const shown = tooShort && !empty ? shortened(scored) : scored;
    scores[key] = ctx.unearned && shown.score > UNEARNED_CAP ? capped(shown, ctx.unearned) : shown;
  }
  return scores;
}

function capped({ rationale }: DimensionScore, flag: RedFlagCode): DimensionScore {
  return { score: UNEARNED_CAP, rationale: `${rationale} Capped at ${UNEARNED_CAP}: ${UNEARNED_REASON[flag]}.` };
}

const UNEARNED_REASON: Partial<Record<RedFlagCode, string>> = {
  OFF_TOPIC: 'the answer does not address the question',
  KEYWORD_LIST: 'the answer lists terms instead of using them',
  COPIED_FROM_QUESTION: 'the answer repeats the question',
  GIBBERISH: 'the answer is not readable text',
  OTHER_LANGUAGE: "the answer is not in the question's language",
  ADDRESSES_GRADER: 'the answer speaks to the grader instead of the interviewer',
};

function shortened({ score, rationale }: DimensionScore): DimensionScore {
  return {
    score: Math.max(1, score - TOO_SHORT_PENALTY) as RubricLevel,
    rationale: `${rationale} Lowered by ${TOO_SHORT_PENALTY}: the answer is too short.`,
  };
}
