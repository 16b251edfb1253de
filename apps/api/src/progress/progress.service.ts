import { Injectable } from '@nestjs/common';
import { DAY_MS, checkPeriod, isoWeekStart } from '../common/period';
import { RequestContext } from '../common/request-context';
import { CohortsService } from '../cohorts/cohorts.service';
import { Db } from '../database/db.service';
import {
  SCORES_WELL,
  STAR_TYPES,
  callsForClarifyingQuestionSql,
  competencyKeySql,
  countedCriterionScoreSql,
  countedScoreSql,
} from '../readiness/analytics-rules';
import { feedbackVisibleWhere } from '../sessions/feedback-rule';
import { CandidateProgress, CompetencyChange, ProgressWeek, RepeatedQuestion } from './progress.types';

/** Without `from`, progress covers this many weeks before `to`. */
const DEFAULT_WEEKS = 12;
/** The longest period one request may ask for. */
const MAX_DAYS = 366;

/**
 * The candidate's (`$2`) answers submitted in [`$3`, `$4`), each with its session question and the latest
 * evaluation's counted score (null until scored). A candidate sees nothing of their own realistic
 * sitting in progress (feedback-rule.ts). Indexes: sessions by (organization, member, created_at),
 * answers by session, evaluations by answer, reviews by evaluation.
 */
const answered = (ctx: Pick<RequestContext, 'role'>) => `answered AS (
  SELECT a.id, a.submitted_at, a.thinking_seconds, a.over_time, a.session_question_id, q.question_id, q.prompt, q.type,
         q.competencies, ${callsForClarifyingQuestionSql('q')} AS calls_for_clarifying,
         date_trunc('week', a.submitted_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS week,
         e.id AS evaluation_id, e.criteria, e.metrics, ${countedScoreSql('e')} AS score
  FROM interview_sessions s
  JOIN answers a ON a.organization_id = $1 AND a.session_id = s.id AND a.submitted_at >= $3 AND a.submitted_at < $4
  JOIN session_questions q ON q.organization_id = $1 AND q.id = a.session_question_id
  LEFT JOIN LATERAL (
    SELECT ev.id, ev.overall_score, ev.criteria, ev.metrics FROM evaluations ev
    WHERE ev.organization_id = $1 AND ev.answer_id = a.id ORDER BY ev.created_at DESC LIMIT 1
  ) e ON true
  WHERE s.organization_id = $1 AND s.membership_id = $2 AND s.created_at < $4 AND ${feedbackVisibleWhere(ctx, 's')}
)`;

/** The distinct competency keys of an `answered` row, as `k.competency`. */
const COMPETENCY_KEYS = `CROSS JOIN LATERAL (
  SELECT DISTINCT ${competencyKeySql('c.name')} AS competency FROM unnest(answered.competencies) AS c(name) WHERE btrim(c.name) <> ''
) k`;

const starPartsFound = ['situation', 'task', 'action', 'result']
  .map((part) => `COALESCE((metrics->'star'->'${part}'->>'found')::boolean, false)::int`)
  .join(' + ');

export const WEEKS = (ctx: Pick<RequestContext, 'role'>) => `WITH ${answered(ctx)},
by_answers AS (
  SELECT week, count(*)::int AS answers, count(score)::int AS scored, avg(score)::float8 AS overall_score,
    avg(thinking_seconds)::float8 AS thinking_seconds,
    (100 * sum((metrics->'fillerWords'->>'total')::numeric) FILTER (WHERE metrics->'fillerWords' IS NOT NULL)
      / NULLIF(sum((metrics->>'wordCount')::numeric) FILTER (WHERE metrics->'fillerWords' IS NOT NULL), 0))::float8 AS fillers,
    avg((NOT over_time)::int)::float8 AS within_time,
    (avg((${starPartsFound}) / 4.0) FILTER (
      WHERE type IN (${STAR_TYPES.map((t) => `'${t}'`).join(', ')}) AND metrics->'star' IS NOT NULL))::float8 AS star,
    (avg((metrics->>'askedClarifyingQuestion')::boolean::int) FILTER (
      WHERE calls_for_clarifying AND metrics->'askedClarifyingQuestion' IS NOT NULL))::float8 AS clarifying,
    count(*) FILTER (WHERE calls_for_clarifying AND metrics->'askedClarifyingQuestion' IS NOT NULL)::int AS clarifying_called_for
  FROM answered GROUP BY week
),
by_sessions AS (
  SELECT date_trunc('week', s.created_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS week, count(*)::int AS sessions,
    avg(s.confidence_before)::float8 AS confidence_before, avg(s.confidence_after)::float8 AS confidence_after
  FROM interview_sessions s
  WHERE s.organization_id = $1 AND s.membership_id = $2 AND s.created_at >= $3 AND s.created_at < $4
  GROUP BY 1
)
SELECT * FROM by_answers FULL JOIN by_sessions USING (week)`;

export const WEEK_BREAKDOWN = (ctx: Pick<RequestContext, 'role'>) => `WITH ${answered(ctx)}
SELECT week, 'competency' AS kind, k.competency AS key, NULL AS name, avg(score)::float8 AS average, count(*)::int AS answers
FROM answered ${COMPETENCY_KEYS} WHERE score IS NOT NULL GROUP BY week, k.competency
UNION ALL
SELECT week, 'criterion', c->>'key', max(c->>'name'), avg(${countedCriterionScoreSql('answered.evaluation_id', 'c')})::float8, count(*)::int
FROM answered CROSS JOIN LATERAL jsonb_array_elements(criteria) c WHERE evaluation_id IS NOT NULL GROUP BY week, c->>'key'
ORDER BY 2, 3`;

/**
 * Questions answered more than once: the same bank question across sessions, or retries of one session
 * question (a follow-up has no bank question). Attempts are the scored answers in the period, in order.
 */
export const REPEATED = (ctx: Pick<RequestContext, 'role'>) => `WITH ${answered(ctx)},
attempts AS (
  SELECT COALESCE(question_id, session_question_id) AS question_key, question_id, prompt, score, submitted_at,
    row_number() OVER (PARTITION BY COALESCE(question_id, session_question_id) ORDER BY submitted_at, id)::int AS attempt
  FROM answered WHERE score IS NOT NULL
)
SELECT (array_agg(question_id))[1] AS question_id, (array_agg(prompt ORDER BY attempt DESC))[1] AS prompt,
  count(*)::int AS attempts, min(attempt) FILTER (WHERE score >= ${SCORES_WELL}) AS attempts_to_score_well,
  (array_agg(score ORDER BY attempt))[1] AS first_score, (array_agg(score ORDER BY attempt DESC))[1] AS latest_score
FROM attempts GROUP BY question_key HAVING count(*) > 1 ORDER BY max(submitted_at) DESC`;

export const FIRST_AND_LATEST = (ctx: Pick<RequestContext, 'role'>) => `WITH ${answered(ctx)}
SELECT k.competency, count(*)::int AS answers,
  (array_agg(score ORDER BY submitted_at, id))[1] AS first_score,
  (array_agg(score ORDER BY submitted_at DESC, id DESC))[1] AS latest_score,
  min(submitted_at) AS first_at, max(submitted_at) AS latest_at
FROM answered ${COMPETENCY_KEYS} WHERE score IS NOT NULL GROUP BY k.competency ORDER BY k.competency`;

interface WeekRow {
  week: Date;
  answers: number | null;
  scored: number | null;
  overall_score: number | null;
  thinking_seconds: number | null;
  fillers: number | null;
  within_time: number | null;
  star: number | null;
  clarifying: number | null;
  clarifying_called_for: number | null;
  sessions: number | null;
  confidence_before: number | null;
  confidence_after: number | null;
}

interface BreakdownRow {
  week: Date;
  kind: 'competency' | 'criterion';
  key: string;
  name: string | null;
  average: number;
  answers: number;
}

interface RepeatedRow {
  question_id: string | null;
  prompt: string;
  attempts: number;
  attempts_to_score_well: number | null;
  first_score: number;
  latest_score: number;
}

interface FirstAndLatestRow {
  competency: string;
  answers: number;
  first_score: number;
  latest_score: number;
  first_at: Date;
  latest_at: Date;
}

/** A candidate's progress by ISO week: read-only aggregates over their answers, in four set-based statements. */
@Injectable()
export class ProgressService {
  constructor(
    private readonly db: Db,
    private readonly cohorts: CohortsService,
  ) {}

  async candidateProgress(
    ctx: RequestContext,
    membershipId: string,
    from?: Date | null,
    to?: Date | null,
  ): Promise<CandidateProgress> {
    await this.cohorts.assertCanSeeCandidate(ctx, membershipId);
    const until = to ?? new Date();
    const since = from ?? new Date(until.getTime() - DEFAULT_WEEKS * 7 * DAY_MS);
    checkPeriod(since, until, MAX_DAYS);

    const params = [membershipId, since, until];
    const [weekRows, breakdown, repeated, firstAndLatest] = await Promise.all([
      this.db.sql<WeekRow>(ctx, WEEKS(ctx), params),
      this.db.sql<BreakdownRow>(ctx, WEEK_BREAKDOWN(ctx), params),
      this.db.sql<RepeatedRow>(ctx, REPEATED(ctx), params),
      this.db.sql<FirstAndLatestRow>(ctx, FIRST_AND_LATEST(ctx), params),
    ]);

    const repeatedQuestions = repeated.map(repeatedQuestion);
    const reached = repeatedQuestions.flatMap((q) => (q.attemptsToScoreWell === null ? [] : [q.attemptsToScoreWell]));
    return {
      membershipId,
      from: since,
      to: until,
      weeks: weeksOf(since, until, weekRows, breakdown),
      competencies: firstAndLatest.map(competencyChange),
      scoresWellAt: SCORES_WELL,
      repeatedQuestions,
      meanAttemptsToScoreWell: reached.length ? reached.reduce((sum, n) => sum + n, 0) / reached.length : null,
    };
  }
}

/** Every week from the one holding `from` to the one holding the last instant before `to`, filled from the rows. */
function weeksOf(from: Date, to: Date, rows: WeekRow[], breakdown: BreakdownRow[]): ProgressWeek[] {
  const byWeek = new Map(rows.map((r) => [r.week.getTime(), r]));
  const weeks: ProgressWeek[] = [];
  for (let start = isoWeekStart(from).getTime(); start < to.getTime(); start += 7 * DAY_MS) {
    const r = byWeek.get(start);
    const parts = breakdown.filter((b) => b.week.getTime() === start);
    weeks.push({
      weekStart: new Date(start),
      answers: r?.answers ?? 0,
      scoredAnswers: r?.scored ?? 0,
      overallScore: r?.overall_score ?? null,
      competencies: parts
        .filter((b) => b.kind === 'competency')
        .map((b) => ({ competency: b.key, averageScore: b.average, answers: b.answers })),
      criteria: parts
        .filter((b) => b.kind === 'criterion')
        .map((b) => ({ key: b.key, name: b.name ?? b.key, averageScore: b.average, answers: b.answers })),
      averageThinkingSeconds: r?.thinking_seconds ?? null,
      fillersPer100Words: r?.fillers ?? null,
      withinTimeLimitShare: r?.within_time ?? null,
      starCompleteness: r?.star ?? null,
      clarifyingQuestionRate: r?.clarifying ?? null,
      clarifyingQuestionsCalledFor: r?.clarifying_called_for ?? 0,
      sessions: r?.sessions ?? 0,
      confidenceBefore: r?.confidence_before ?? null,
      confidenceAfter: r?.confidence_after ?? null,
    });
  }
  return weeks;
}

const repeatedQuestion = (r: RepeatedRow): RepeatedQuestion => ({
  questionId: r.question_id,
  prompt: r.prompt,
  attempts: r.attempts,
  attemptsToScoreWell: r.attempts_to_score_well,
  firstScore: r.first_score,
  latestScore: r.latest_score,
});

const competencyChange = (r: FirstAndLatestRow): CompetencyChange => ({
  competency: r.competency,
  answers: r.answers,
  firstScore: r.first_score,
  latestScore: r.latest_score,
  change: r.latest_score - r.first_score,
  firstAnsweredAt: r.first_at,
  latestAnsweredAt: r.latest_at,
});
