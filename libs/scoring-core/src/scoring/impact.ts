import type { AnswerMetrics, DimensionScore } from '../types';
import { joinList, plural, quoteList } from '../text/format';
import { type DimensionScorer, toLevel } from './context';

/**
 * Stories are judged on a stated, ideally quantified, result. Reasoned answers (technical, case)
 * have no "result", so they are judged on quantified estimates and landing on a conclusion.
 */
export const scoreImpact: DimensionScorer = ({ metrics, usesStar, kind }) => {
  if (kind === 'motivation' || kind === 'selfAssessment' || kind === 'hypothetical') return expectedValue(metrics, kind);
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

/**
 * Questions that are not stories have no measured result to report: their "impact" is the value the
 * answer promises, a contribution (motivation), a change (self-assessment) or an expected outcome (plan).
 */
function expectedValue(m: AnswerMetrics, kind: 'motivation' | 'selfAssessment' | 'hypothetical'): DimensionScore {
  const concrete = m.specifics.numbers + m.specifics.names.length > 0;
  const checks: [boolean, number, string][] =
    kind === 'motivation'
      ? [
          [m.fit.statesContribution, 1.5, 'what you would bring'],
          [m.fit.refersToRole, 1, 'the company or role itself'],
          [m.star.action.found || concrete, 1.5, 'evidence from your experience'],
        ]
      : kind === 'selfAssessment'
        ? [
            [m.star.action.found, 1.5, 'an example'],
            [m.fit.showsGrowth || m.star.result.found, 1.5, 'what changed'],
            [concrete, 1, 'concrete detail'],
          ]
        : [
            [m.star.result.found || m.reasoning.hasConclusion, 2, 'the expected outcome'],
            [m.fit.givesReasons, 1, 'reasons'],
            [concrete, 1, 'concrete detail'],
          ];
  const met = checks.filter(([ok]) => ok);
  const missing = checks.filter(([ok]) => !ok).map(([, , label]) => label);
  return {
    score: toLevel(1 + met.reduce((sum, [, weight]) => sum + weight, 0)),
    rationale: `States ${met.length ? joinList(met.map(([, , label]) => label)) : 'none of the value expected'}${missing.length ? `; missing ${joinList(missing)}` : ''}.`,
  };
}
