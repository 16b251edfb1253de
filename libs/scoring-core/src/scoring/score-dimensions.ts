import type { DimensionKey, DimensionScore, DimensionScores, RubricLevel } from '../types';
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

export function scoreDimensions(ctx: ScoringContext): DimensionScores {
  const empty = ctx.metrics.wordCount === 0;
  const tooShort = ctx.metrics.wordCount < THRESHOLDS.tooShortWords;
  const scores = {} as DimensionScores;
  for (const key of DIMENSIONS) {
    const scored = empty ? { score: 1 as const, rationale: 'No answer was given.' } : SCORERS[key](ctx);
    scores[key] = tooShort && !empty ? shortened(scored) : scored;
  }
  return scores;
}

function shortened({ score, rationale }: DimensionScore): DimensionScore {
  return {
    score: Math.max(1, score - TOO_SHORT_PENALTY) as RubricLevel,
    rationale: `${rationale} Lowered by ${TOO_SHORT_PENALTY}: the answer is too short.`,
  };
}
