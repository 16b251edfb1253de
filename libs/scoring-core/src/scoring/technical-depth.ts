import { plural, quoteList } from '../text/format';
import { type DimensionScorer, saturate, toLevel } from './context';

export const scoreTechnicalDepth: DimensionScorer = ({ metrics }) => {
  const terms = metrics.specifics.technicalTerms;
  const { considersTradeoffs } = metrics.reasoning;
  const depth = Math.min(terms.length, 10) + (considersTradeoffs ? 2 : 0) + 0.5 * Math.min(metrics.specifics.numbers, 3);
  const list = terms.length ? ` (${quoteList(terms, 4)})` : '';
  return {
    score: toLevel(1 + 4 * saturate(depth, 4)),
    rationale: `${plural(terms.length, 'technical term')}${list}; trade-offs ${considersTradeoffs ? 'discussed' : 'not discussed'}.`,
  };
};
