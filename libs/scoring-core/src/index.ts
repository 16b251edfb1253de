export { analyzeAnswer } from './analyze';
export { FOLLOW_UP_FORM } from './feedback/compose-feedback';
export { DEFAULT_RUBRIC } from './rubric/default-rubric';
export { weightedOverall, type WeightedScore } from './rubric/weighted-overall';
export { dimensionFor } from './rubric/map-criteria';
export { ESTIMATED_WPM } from './metrics/timing';
export { withoutGraderDirectives, type GraderDirectives } from './text/grader-directives';
export { parseQuestion } from './cli/parse-line';
// The analyze command's input handling, shared with the API's `npm run eval` (the only I/O in this library).
export { describeReadError, openInput } from './cli/main';
export type * from './types';
