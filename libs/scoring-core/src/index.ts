export { analyzeAnswer } from './analyze';
export { DEFAULT_RUBRIC } from './rubric/default-rubric';
export { weightedOverall, type WeightedScore } from './rubric/weighted-overall';
export { dimensionFor } from './rubric/map-criteria';
export { ESTIMATED_WPM } from './metrics/timing';
export type * from './types';
