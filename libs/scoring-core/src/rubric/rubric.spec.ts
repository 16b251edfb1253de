import { analyzeAnswer } from '../analyze';
import type { RubricCriterion, RubricInput } from '../types';
import { DEFAULT_RUBRIC } from './default-rubric';
import { dimensionFor } from './map-criteria';
import { weightedOverall } from './weighted-overall';

describe('weightedOverall', () => {
  it('maps 1..5 to 0..100 with weights', () => {
    expect(weightedOverall([{ score: 5, weight: 1 }])).toBe(100);
    expect(weightedOverall([{ score: 1, weight: 1 }])).toBe(0);
    expect(
      weightedOverall([
        { score: 5, weight: 3 },
        { score: 1, weight: 1 },
      ]),
    ).toBe(75);
    expect(
      weightedOverall([
        { score: 3, weight: 0.2 },
        { score: 4, weight: 0.2 },
      ]),
    ).toBe(63);
  });
  it('clamps scores and ignores unusable weights', () => {
    expect(
      weightedOverall([
        { score: 9, weight: 1 },
        { score: 2, weight: 0 },
        { score: 1, weight: Number.NaN },
      ]),
    ).toBe(100);
    expect(weightedOverall([])).toBe(0);
    expect(weightedOverall([{ score: 4, weight: -1 }])).toBe(0);
  });
});

describe('DEFAULT_RUBRIC', () => {
  it('has keyed, positively weighted criteria with five level descriptors each', () => {
    expect(DEFAULT_RUBRIC.criteria.length).toBeGreaterThanOrEqual(5);
    for (const c of DEFAULT_RUBRIC.criteria) {
      expect(c.key).toBeTruthy();
      expect(c.weight).toBeGreaterThan(0);
      expect(c.description).toBeTruthy();
      expect(Object.keys(c.levels ?? {})).toEqual(['1', '2', '3', '4', '5']);
      expect(dimensionFor(c)).toBe(c.key);
    }
  });
});

describe('dimensionFor', () => {
  const criterion = (fields: Partial<RubricCriterion>): RubricCriterion => ({ name: '', weight: 1, ...fields });
  it.each([
    [{ key: 'technical_depth', name: 'Whatever' }, 'technicalDepth'],
    [{ key: 'STRUCTURE', name: 'x' }, 'structure'],
    [{ name: 'Clarity' }, 'communication'],
    [{ name: 'Business impact' }, 'impact'],
    [{ name: 'Problem solving approach' }, 'structure'],
    [{ name: 'Leadership & initiative' }, 'ownership'],
    [{ name: 'Technical depth' }, 'technicalDepth'],
    [{ name: 'Answer quality', description: 'Uses concrete examples and evidence' }, 'specificity'],
    [{ name: 'Culture add' }, 'composite'],
  ])('%j -> %s', (fields, expected) => expect(dimensionFor(criterion(fields))).toBe(expected));
});

describe('custom rubrics in analyzeAnswer', () => {
  const rubric: RubricInput = {
    name: 'Engineering',
    criteria: [
      { name: 'Technical depth', weight: 2 },
      { name: 'Clarity', weight: 1 },
      { name: 'Culture add', weight: 1 },
      { name: '360° feedback!', weight: 0 },
    ],
  };
  it('scores every criterion, slugs missing keys, and weights the overall', () => {
    const result = analyzeAnswer(
      { prompt: 'How does a hash map handle collisions?', type: 'TECHNICAL' },
      {
        text: 'A hash map hashes the key to a bucket index. Collisions are resolved by chaining with a linked list or by open addressing with linear probing. The trade-off is memory versus cache locality, and at a load factor of 0.75 it resizes and rehashes, keeping lookups O(1) on average.',
      },
      rubric,
    );
    expect(result.criteria.map((c) => [c.key, c.dimension])).toEqual([
      ['technical_depth', 'technicalDepth'],
      ['clarity', 'communication'],
      ['culture_add', 'composite'],
      ['c_360_feedback', 'composite'],
    ]);
    for (const c of result.criteria) {
      expect(Number.isInteger(c.score)).toBe(true);
      expect(c.rationale.length).toBeGreaterThan(10);
    }
    expect(result.overallScore).toBe(weightedOverall(result.criteria));
  });
});
