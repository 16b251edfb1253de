import { plural, quoteList } from '../text/format';
import { type DimensionScorer, saturate, toLevel } from './context';

const CAP = 6;
const VAGUE_PENALTY = 0.3;
const MAX_VAGUE_PENALTY = 1.5;

export const scoreSpecificity: DimensionScorer = ({ metrics }) => {
  const { numbers, names, technicalTerms, vagueTerms } = metrics.specifics;
  const evidence =
    Math.min(numbers, CAP) +
    Math.min(names.length, CAP) +
    0.5 * Math.min(technicalTerms.length, CAP) +
    0.5 * Math.min(metrics.quantifiedResults.length, CAP);
  const raw = 1 + 4 * saturate(evidence, 2.5) - Math.min(MAX_VAGUE_PENALTY, VAGUE_PENALTY * vagueTerms.length);

  const parts = [
    plural(numbers, 'number'),
    `${plural(names.length, 'name')}${names.length ? ` (${quoteList(names)})` : ''}`,
    `${plural(technicalTerms.length, 'technical term')}${technicalTerms.length ? ` (${quoteList(technicalTerms)})` : ''}`,
  ];
  const vague = vagueTerms.length ? `; vague wording: ${quoteList(vagueTerms)}` : '';
  return { score: toLevel(raw), rationale: `Concrete detail: ${parts.join(', ')}${vague}.` };
};
