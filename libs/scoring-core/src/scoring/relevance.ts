import { quoteList } from '../text/format';
import { type DimensionScorer, toLevel } from './context';

/** Relevance at which an answer counts as squarely on topic (see metrics/coverage). */
const FULL_RELEVANCE = 0.6;
const COVERAGE_SHARE = 0.6;

export const scoreRelevance: DimensionScorer = ({ metrics, flags }) => {
  const { relevance, talkingPointCoverage: tp } = metrics;
  const topical = Math.min(1, relevance / FULL_RELEVANCE);
  const raw = tp.ratio === null ? 1 + 4 * topical : 1 + 4 * (COVERAGE_SHARE * tp.ratio + (1 - COVERAGE_SHARE) * topical);
  const total = tp.covered.length + tp.missed.length;
  const coverage =
    tp.ratio === null
      ? ''
      : `Covers ${tp.covered.length} of ${total} talking points${tp.missed.length ? ` (missed: ${quoteList(tp.missed)})` : ''}; `;
  const offTopic = flags.has('OFF_TOPIC');
  return {
    score: offTopic ? 1 : toLevel(raw),
    rationale: `${coverage}relevance to the question ${relevance.toFixed(2)}${offTopic ? ', which reads as off-topic' : ''}.`,
  };
};
