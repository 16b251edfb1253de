import type { CriterionScore, DimensionKey, DimensionScores, RubricCriterion, RubricInput, RubricLevel } from '../types';
import { DIMENSIONS } from '../scoring/score-dimensions';

/**
 * Custom rubrics name their criteria freely ("Clarity", "Problem solving", "Business impact").
 * A criterion maps to the dimension its key names, else to the one whose keywords its
 * key/name (strong) and description (weak) mention most, else to a composite of all.
 */
const KEYWORDS: Record<DimensionKey, readonly string[]> = {
  structure: [
    'structur',
    'star\\b',
    'organi',
    'framework',
    'logic',
    'coheren',
    'flow',
    'narrative',
    'storytelling',
    'approach',
    'problem.solving',
    'reasoning',
    'method',
  ],
  specificity: ['specific', 'evidence', 'concrete', 'detail', 'example', 'precis', 'fact', 'credib'],
  impact: ['impact', 'result', 'outcome', 'quantif', 'metric', 'achievement', 'measur', 'business'],
  relevance: ['relevan', 'talking.point', 'coverage', 'cover', 'on.topic', 'topic', 'focus', 'answers? the question', 'complete'],
  communication: [
    'communicat',
    'clarity',
    'clear',
    'delivery',
    'concis',
    'fluen',
    'articulat',
    'filler',
    'pace',
    'confiden',
    'presence',
    'presentation',
    'verbal',
    'tone',
    'listen',
  ],
  ownership: ['ownership', 'owner', 'initiative', 'accountab', 'leadership', 'proactiv', 'responsib', 'agency'],
  technicalDepth: [
    'technical',
    'depth',
    'knowledge',
    'accura',
    'correct',
    'architect',
    'system.design',
    'coding',
    'code\\b',
    'algorithm',
    'trade.?off',
    'expertise',
    'domain',
    'engineering',
  ],
};
const PATTERNS = DIMENSIONS.map((d) => [d, new RegExp(`\\b(?:${KEYWORDS[d].join('|')})`, 'gi')] as const);
const STRONG = 3;
const WEAK = 1;

/** The dimensions a composite averages: the ones the default rubric scores. */
const COMPOSITE_OF: readonly DimensionKey[] = ['structure', 'specificity', 'impact', 'relevance', 'communication', 'ownership'];

const compact = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, '');
/** "technical_depth" / "technicalDepth" -> "technical depth", so keys can be keyword-matched. */
const spaced = (key: string): string => key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ');

export function dimensionFor(criterion: RubricCriterion): DimensionKey | 'composite' {
  const key = criterion.key ?? '';
  const direct = DIMENSIONS.find((d) => compact(d) === compact(key));
  if (direct) return direct;

  const strongText = `${spaced(key)} ${criterion.name}`;
  const weakText = criterion.description ?? '';
  let best: DimensionKey | 'composite' = 'composite';
  let bestScore = 0;
  for (const [dimension, pattern] of PATTERNS) {
    const score = STRONG * (strongText.match(pattern)?.length ?? 0) + WEAK * (weakText.match(pattern)?.length ?? 0);
    // Strictly greater: ties go to the earlier, more general dimension.
    if (score > bestScore) {
      best = dimension;
      bestScore = score;
    }
  }
  return best;
}

/** Same shape as the API's criterion keys: a-z, 0-9 and _, starting with a letter, at most 50. */
function slug(name: string): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return (/^[a-z]/.test(base) ? base : `c_${base}`).slice(0, 50).replace(/_+$/, '');
}

function composite(dimensions: DimensionScores, name: string): { score: RubricLevel; rationale: string } {
  const mean = COMPOSITE_OF.reduce((sum, d) => sum + dimensions[d].score, 0) / COMPOSITE_OF.length;
  const parts = COMPOSITE_OF.map((d) => `${d} ${dimensions[d].score}`).join(', ');
  return {
    score: Math.min(5, Math.max(1, Math.round(mean))) as RubricLevel,
    rationale: `No analyzer dimension matches "${name}"; scored as the average of ${parts}.`,
  };
}

export function scoreCriteria(rubric: RubricInput, dimensions: DimensionScores): CriterionScore[] {
  return rubric.criteria.map((criterion) => {
    const dimension = dimensionFor(criterion);
    const { score, rationale } = dimension === 'composite' ? composite(dimensions, criterion.name) : dimensions[dimension];
    return {
      key: criterion.key ?? slug(criterion.name),
      name: criterion.name,
      weight: criterion.weight,
      score,
      rationale,
      dimension,
    };
  });
}
