import { plural, quoteList } from '../text/format';
import { type DimensionScorer, toLevel } from './context';

/**
 * Stories are judged on a stated, ideally quantified, result. Reasoned answers (technical, case)
 * have no "result", so they are judged on quantified estimates and landing on a conclusion.
 */
export const scoreImpact: DimensionScorer = ({ metrics, usesStar }) => {
  if (usesStar) {
    const results = metrics.quantifiedResults;
    const stated = metrics.star.result.found;
    const raw = 1 + (stated ? 1.5 : 0) + (results.length >= 1 ? 1.5 : 0) + (results.length >= 2 ? 1 : 0);
    const rationale = !stated
      ? 'No result is stated, so the impact is unknown.'
      : results.length === 0
        ? 'A result is stated but not quantified.'
        : `${plural(results.length, 'quantified result')}: ${quoteList(
            results.map((r) => r.phrase),
            2,
          )}.`;
    return { score: toLevel(raw), rationale };
  }
  const { numbers } = metrics.specifics;
  const concludes = metrics.reasoning.hasConclusion || metrics.star.result.found;
  const raw = 1 + (concludes ? 1.5 : 0) + (numbers >= 1 ? 1.5 : 0) + (numbers >= 3 ? 1 : 0);
  return {
    score: toLevel(raw),
    rationale: `${plural(numbers, 'number')} (estimates, limits, results); ${concludes ? 'lands on a conclusion' : 'no clear conclusion or recommendation'}.`,
  };
};
