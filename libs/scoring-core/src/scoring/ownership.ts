import { plural } from '../text/format';
import { type DimensionScorer, type ScoringContext, toLevel } from './context';

const UNCLEAR = 3;

/**
 * In technical and case answers "we" is generic ("we hash the key"), so ownership there means
 * committing to a position: reaching a conclusion without hedging it away.
 */
function decisiveness({ metrics }: ScoringContext): ReturnType<DimensionScorer> {
  const concludes = metrics.reasoning.hasConclusion;
  const hedges = metrics.hedging.count;
  const raw = UNCLEAR + (concludes ? 1 : 0) + (hedges === 0 ? 1 : hedges >= 2 ? -1 : 0);
  return {
    score: toLevel(raw),
    rationale: `Commitment to a position: ${concludes ? 'states a conclusion' : 'no explicit conclusion'}, ${plural(hedges, 'hedge')}.`,
  };
}

export const scoreOwnership: DimensionScorer = (ctx) => {
  if (!ctx.usesStar) return decisiveness(ctx);
  const { iCount, weCount, ratio } = ctx.metrics.ownership;
  if (ratio === null) {
    return { score: UNCLEAR, rationale: 'Neither "I" nor "we" is used, so who did the work is unclear.' };
  }
  return {
    score: toLevel(1 + 4 * ratio),
    rationale: `"I" ${plural(iCount, 'time')} vs "we" ${plural(weCount, 'time')} (ownership ratio ${ratio.toFixed(2)}).`,
  };
};
