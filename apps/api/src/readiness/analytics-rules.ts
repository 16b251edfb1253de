import { QuestionType } from '../question-bank/question.entity';

/**
 * The decisions every readiness, progress and agreement figure rests on, in one file (the README's
 * "Readiness and progress" section explains them). Change one, then `npm run manage -- rebuild-readiness`.
 */

/** An evaluation's weight halves every this many days: where the candidate is now matters most. */
export const HALF_LIFE_DAYS = 30;

/** Evaluations older than this no longer count toward readiness. */
export const READINESS_WINDOW_DAYS = 365;

/** A competency's score comes from its latest evaluations only: older ones weigh next to nothing anyway. */
export const MAX_EVALUATIONS_PER_COMPETENCY = 20;

/** The trend compares the mean score of the last this-many weeks with the same span before. */
export const TREND_WEEKS = 4;

/** The trend component is 50 for a flat trend, plus this many for every point gained (0..100). */
export const TREND_POINTS_PER_STEP = 2.5;

/** How readiness (0..100) is put together; an organization may set its own (they are normalised to sum 1). */
export interface ComponentWeights {
  /** Recency-weighted scores of the cohort's required competencies (or all practised ones). */
  competencies: number;
  /** Share of the required competencies with at least one evaluation. */
  coverage: number;
  /** Share of the cohort's due assignments completed. */
  completion: number;
  /** Last four weeks against the four before: improving adds, falling takes away. */
  trend: number;
}
export const DEFAULT_COMPONENT_WEIGHTS: ComponentWeights = { competencies: 0.6, coverage: 0.15, completion: 0.15, trend: 0.1 };

/** Readiness levels' lower bounds (0..100); each cohort may set its own. */
export interface LevelThresholds {
  developing: number;
  ready: number;
  interviewReady: number;
}
export const DEFAULT_LEVEL_THRESHOLDS: LevelThresholds = { developing: 50, ready: 70, interviewReady: 85 };

/** "Scores well" (a repeated question answered well, a competency mastered) means reaching the READY threshold. */
export const SCORES_WELL = DEFAULT_LEVEL_THRESHOLDS.ready;

/** Share of free practice drawn from the candidate's weak competencies; the rest from strengths. */
export const WEAK_AREA_SHARE = 0.8;

/** No submitted answer for this many days puts a candidate on the at-risk list. */
export const INACTIVE_DAYS = 14;

/** A fall of this many points (the trend) puts a candidate on the at-risk list. */
export const FALLING_POINTS = 5;

/** Competencies are compared trimmed, with inner spaces collapsed and case ignored. */
export const competencyKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** Names as first written, blank ones dropped, each competency once. */
export const distinctCompetencies = (names: readonly string[]): string[] => {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = competencyKey(name);
    if (key && !byKey.has(key)) byKey.set(key, name.trim().replace(/\s+/g, ' '));
  }
  return [...byKey.values()];
};

/** The same normalisation in SQL, for a text expression. */
/** A competency as written, with its spaces tidied (trimmed, runs of blanks as one). */
export const competencySpellingSql = (expression: string): string => `regexp_replace(btrim(${expression}), '\\s+', ' ', 'g')`;

export const competencyKeySql = (expression: string): string => `lower(${competencySpellingSql(expression)})`;

/** Question types where a strong candidate asks a clarifying question before answering. */
export const CLARIFYING_TYPES: readonly QuestionType[] = [QuestionType.SYSTEM_DESIGN, QuestionType.CASE];

/** Talking points that ask for a clarifying question ("clarify the requirements", "asks clarifying questions"). */
const CLARIFYING_POINT = /\bclarif/i;

export const callsForClarifyingQuestion = (type: QuestionType, talkingPoints: readonly string[]): boolean =>
  CLARIFYING_TYPES.includes(type) || talkingPoints.some((point) => CLARIFYING_POINT.test(point));

/** The same rule in SQL, on the session question aliased `q`. */
export const callsForClarifyingQuestionSql = (q: string): string =>
  `(${q}.type IN (${CLARIFYING_TYPES.map((t) => `'${t}'`).join(', ')}) OR EXISTS (SELECT 1 FROM unnest(${q}.talking_points) tp WHERE tp ~* '\\mclarif'))`;

/**
 * The score that counts for an evaluation aliased `e` (0..100): the latest coach review's when one exists
 * (a coach's override wins over the AI), else the AI's. Agreement, by contrast, counts every review.
 */
export const countedScoreSql = (e: string): string =>
  `COALESCE((SELECT r.overall_score FROM evaluation_reviews r WHERE r.evaluation_id = ${e}.id ORDER BY r.created_at DESC LIMIT 1), ${e}.overall_score)`;

/**
 * The score (1..5) that counts for one criterion `criterion` (a jsonb element of `criteria`) of the
 * evaluation `evaluationId`: the latest coach review's override for its key, else the AI's (a coach who
 * left a criterion untouched accepted it), as the latest review's overall score was computed. Qualify
 * `evaluationId` with its table: a bare `evaluation_id` would name the review's own column.
 */
export const countedCriterionScoreSql = (evaluationId: string, criterion: string): string =>
  `COALESCE((SELECT (o->>'score')::int FROM (SELECT r.overrides FROM evaluation_reviews r WHERE r.evaluation_id = ${evaluationId} ORDER BY r.created_at DESC LIMIT 1) latest, jsonb_array_elements(latest.overrides) o WHERE o->>'key' = ${criterion}->>'key' LIMIT 1), (${criterion}->>'score')::int)`;

/** Question types answered with a story, where STAR completeness means something (as the analyzer's `usesStar`). */
export const STAR_TYPES: readonly QuestionType[] = [QuestionType.BEHAVIORAL, QuestionType.SITUATIONAL];
