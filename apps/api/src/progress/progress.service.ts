import { Injectable } from '@nestjs/common';
import { DAY_MS, checkPeriod, isoWeekStart } from '../common/period';
import { RequestContext } from '../common/request-context';
import { ownOrManagedSql } from '../cohorts/coaching';
import { notFound } from '../common/app-error';
import { Db } from '../database/db.service';
import {
  SCORES_WELL,
  STAR_TYPES,
  callsForClarifyingQuestionSql,
  competencyKeySql,
  competencySpellingSql,
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
 * evaluation's counted score (null until scored), read once for every figure. Nothing is read unless
 * `allowed`. A candidate sees nothing of their own realistic sitting in progress (feedback-rule.ts).
 * Indexes: sessions by (organization, member, created_at), answers by session, evaluations by answer,
 * reviews by evaluation.
 */
const answered = (ctx: Pick<RequestContext, 'role'>) => `answered AS MATERIALIZED (
  SELECT a.id, a.submitted_at, a.thinking_seconds, a.over_time, a.session_question_id, q.question_id, q.prompt, q.type,
         q.competencies, ${callsForClarifyingQuestionSql('q')} AS calls_for_clarifying,
         date_trunc('week', a.submitted_at AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' AS week,
         e.id AS evaluation_id, e.criteria, e.metrics, ${countedScoreSql('e')} AS score
  FROM interview_sessions s
  JOIN answers a ON a.organization_id = $1 AND a.session_id = s.id AND a.submitted_at >= $3 AND a.submitted_at < $4
  JOIN session_questions q ON q.organization_id = $1 AND q.id = a.session_question_id
  LEFT JOIN LATERAL (
    -- A withheld evaluation has no criteria of its own: its rubric's, which a coach's review scores.
    SELECT ev.id, ev.overall_score, ev.metrics, CASE WHEN jsonb_array_length(ev.criteria) > 0 THEN ev.criteria
      ELSE (SELECT rv.criteria FROM rubric_versions rv WHERE rv.organization_id = $1 AND rv.id = ev.rubric_version_id) END AS criteria
    FROM evaluations ev
    WHERE ev.organization_id = $1 AND ev.answer_id = a.id ORDER BY ev.created_at DESC LIMIT 1
  ) e ON true
  WHERE s.organization_id = $1 AND s.membership_id = $2 AND s.created_at < $4 AND ${feedbackVisibleWhere(ctx, 's')}
    AND (SELECT ok FROM allowed)
)`;

/** The distinct competency keys of an `answered` row, as `k.competency`, with the question's spelling as `k.name`. */
const COMPETENCY_KEYS = `CROSS JOIN LATERAL (
  SELECT ${competencyKeySql('c.name')} AS competency, min(${competencySpellingSql('c.name')}) AS name
  FROM unnest(answered.competencies) AS c(name) WHERE btrim(c.name) <> '' GROUP BY 1
) k`;

/** A competency's display name: as the organization's competency list spells it, else as a question does. */
const COMPETENCY_NAME = `COALESCE((SELECT n FROM readiness_settings rs CROSS JOIN unnest(rs.competencies) n
  WHERE rs.organization_id = $1 AND ${competencyKeySql('n')} = k.competency LIMIT 1), min(k.name))`;

const starPartsFound = ['situation', 'task', 'action', 'result']
  .map((part) => `COALESCE((metrics->'star'->'${part}'->>'found')::boolean, false)::int`)
  .join(' + ');

const WEEKS = `by_answers AS (
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
  WHERE s.organization_id = $1 AND s.membership_id = $2 AND s.created_at >= $3 AND s.created_at < $4 AND (SELECT ok FROM allowed)
  GROUP BY 1
),
weeks AS (SELECT * FROM by_answers FULL JOIN by_sessions USING (week))`;

const WEEK_BREAKDOWN = `breakdown AS (
  SELECT week, 'competency' AS kind, k.competency AS key, ${COMPETENCY_NAME} AS name, avg(score)::float8 AS average, count(*)::int AS answers
  FROM answered ${COMPETENCY_KEYS} WHERE score IS NOT NULL GROUP BY week, k.competency
  UNION ALL
  SELECT week, 'criterion', c->>'key', max(c->>'name'), avg(cs.score)::float8, count(cs.score)::int
  FROM answered CROSS JOIN LATERAL jsonb_array_elements(criteria) c
  CROSS JOIN LATERAL (SELECT ${countedCriterionScoreSql('answered.evaluation_id', 'c')} AS score) cs
  WHERE evaluation_id IS NOT NULL GROUP BY week, c->>'key' HAVING count(cs.score) > 0
)`;

/**
 * Questions answered more than once: the same bank question across sessions, or retries of one session
 * question (a follow-up has no bank question). Attempts are the scored answers in the period, in order.
 */
const REPEATED = `attempts AS (
  SELECT COALESCE(question_id, session_question_id) AS question_key, question_id, prompt, score, submitted_at,
    row_number() OVER (PARTITION BY COALESCE(question_id, session_question_id) ORDER BY submitted_at, id)::int AS attempt
  FROM answered WHERE score IS NOT NULL
),
repeated AS (
  SELECT (array_agg(question_id))[1] AS question_id, (array_agg(prompt ORDER BY attempt DESC))[1] AS prompt,
    count(*)::int AS attempts, min(attempt) FILTER (WHERE score >= ${SCORES_WELL}) AS attempts_to_score_well,
    (array_agg(score ORDER BY attempt))[1] AS first_score, (array_agg(score ORDER BY attempt DESC))[1] AS latest_score,
    max(submitted_at) AS latest_at
  FROM attempts GROUP BY question_key HAVING count(*) > 1
)`;

const FIRST_AND_LATEST = `first_and_latest AS (
  SELECT k.competency, ${COMPETENCY_NAME} AS name, count(*)::int AS answers,
    (array_agg(score ORDER BY submitted_at, id))[1] AS first_score,
    (array_agg(score ORDER BY submitted_at DESC, id DESC))[1] AS latest_score,
    min(submitted_at) AS first_at, max(submitted_at) AS latest_at
  FROM answered ${COMPETENCY_KEYS} WHERE score IS NOT NULL GROUP BY k.competency
)`;

/**
 * Every figure of a candidate's progress in one statement (one read of their answers): whether the caller
 * may see the candidate, and each part as a JSON array. `$2` the candidate, [`$3`, `$4`) the period; the
 * access rule binds what it needs after them.
 */
export function progressStatement(
  ctx: Pick<RequestContext, 'role' | 'membershipId'>,
  membershipId: string,
  since: Date,
  until: Date,
): { text: string; params: unknown[] } {
  const params: unknown[] = [membershipId, since, until];
  const bind = (value: unknown) => `$${params.push(value) + 1}`;
  const text = `WITH allowed AS (
  SELECT EXISTS (SELECT 1 FROM memberships m WHERE m.organization_id = $1 AND m.id = $2 AND ${ownOrManagedSql(ctx, 'm.id', bind)}) AS ok
),
${answered(ctx)},
${WEEKS},
${WEEK_BREAKDOWN},
${REPEATED},
${FIRST_AND_LATEST}
SELECT (SELECT ok FROM allowed) AS allowed,
  (SELECT coalesce(json_agg(weeks), '[]') FROM weeks) AS weeks,
  (SELECT coalesce(json_agg(breakdown ORDER BY kind, key), '[]') FROM breakdown) AS breakdown,
  (SELECT coalesce(json_agg(repeated ORDER BY latest_at DESC), '[]') FROM repeated) AS repeated,
  (SELECT coalesce(json_agg(first_and_latest ORDER BY competency), '[]') FROM first_and_latest) AS first_and_latest`;
  return { text, params };
}

interface ProgressRow {
  allowed: boolean;
  weeks: WeekRow[];
  breakdown: BreakdownRow[];
  repeated: RepeatedRow[];
  first_and_latest: FirstAndLatestRow[];
}

/** The rows come as JSON: timestamps are ISO strings. */
interface WeekRow {
  week: string;
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
  week: string;
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
  name: string;
  answers: number;
  first_score: number;
  latest_score: number;
  first_at: string;
  latest_at: string;
}

/** A candidate's progress by ISO week: read-only aggregates over their answers, in one statement. */
@Injectable()
export class ProgressService {
  constructor(private readonly db: Db) {}

  async candidateProgress(
    ctx: RequestContext,
    membershipId: string,
    from?: Date | null,
    to?: Date | null,
  ): Promise<CandidateProgress> {
    const until = to ?? new Date();
    const since = from ?? new Date(until.getTime() - DEFAULT_WEEKS * 7 * DAY_MS);
    checkPeriod(since, until, MAX_DAYS);

    const { text, params } = progressStatement(ctx, membershipId, since, until);
    const [row] = await this.db.sql<ProgressRow>(ctx, text, params);
    if (!row.allowed) throw notFound('Member');

    const repeatedQuestions = row.repeated.map(repeatedQuestion);
    const reached = repeatedQuestions.flatMap((q) => (q.attemptsToScoreWell === null ? [] : [q.attemptsToScoreWell]));
    return {
      membershipId,
      from: since,
      to: until,
      weeks: weeksOf(since, until, row.weeks, row.breakdown),
      competencies: row.first_and_latest.map(competencyChange),
      scoresWellAt: SCORES_WELL,
      repeatedQuestions,
      meanAttemptsToScoreWell: reached.length ? reached.reduce((sum, n) => sum + n, 0) / reached.length : null,
    };
  }
}

/** Every week from the one holding `from` to the one holding the last instant before `to`, filled from the rows. */
function weeksOf(from: Date, to: Date, rows: WeekRow[], breakdown: BreakdownRow[]): ProgressWeek[] {
  const byWeek = new Map(rows.map((r) => [Date.parse(r.week), r]));
  const weeks: ProgressWeek[] = [];
  for (let start = isoWeekStart(from).getTime(); start < to.getTime(); start += 7 * DAY_MS) {
    const r = byWeek.get(start);
    const parts = breakdown.filter((b) => Date.parse(b.week) === start);
    weeks.push({
      weekStart: new Date(start),
      answers: r?.answers ?? 0,
      scoredAnswers: r?.scored ?? 0,
      overallScore: r?.overall_score ?? null,
      competencies: parts
        .filter((b) => b.kind === 'competency')
        .map((b) => ({ competency: b.key, name: b.name ?? b.key, averageScore: b.average, answers: b.answers })),
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
  name: r.name,
  answers: r.answers,
  firstScore: r.first_score,
  latestScore: r.latest_score,
  change: r.latest_score - r.first_score,
  firstAnsweredAt: new Date(r.first_at),
  latestAnsweredAt: new Date(r.latest_at),
});
