import { DEFAULT_RUBRIC } from '@mockint/scoring-core';
import type { RubricCriterion } from './rubric-version.entity';

/** The analyzer's default criteria in the stored form: five level descriptions, level 1 first. */
export const defaultCriteria = (): RubricCriterion[] =>
  DEFAULT_RUBRIC.criteria.map((c) => ({
    key: c.key!,
    name: c.name,
    description: c.description!,
    weight: c.weight,
    levels: [1, 2, 3, 4, 5].map((level) => c.levels?.[level as 1] ?? `Level ${level}`),
  }));
