import { Injectable } from '@nestjs/common';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { notFound } from '../common/app-error';
import { SortOrder } from '../common/list';
import { managedSql, onlyManaged, onlyOwnOrManaged } from '../cohorts/coaching';
import { DAY_MS, isoWeekStart } from '../common/period';
import { CohortRole } from '../cohorts/cohort-member.entity';
import { AssignmentStatus } from '../assignments/assignment-candidate.entity';
import { openActionItemsSql } from '../action-items/action-item.entity';
import { Membership, MemberStatus } from '../members/membership.entity';
import { MEMBER_NAME_SQL } from '../members/members.service';
import { InterviewMode } from '../templates/interview-template.entity';
import { SessionStatus } from '../sessions/interview-session.entity';
import { countedScoreSql, FALLING_POINTS, INACTIVE_DAYS, WEAK_AREA_SHARE } from './analytics-rules';
import { CandidateReadiness } from './candidate-readiness.entity';
import { CompetencyReadiness, PracticePlan, ReadinessLevel } from './readiness.types';
import {
  AtRiskReasonCode,
  CandidateStanding,
  CohortCompetency,
  CohortCompletion,
  CohortReadiness,
  LevelFigures,
  StandingListOptions,
  StandingSortField,
  WeekTrend,
} from './cohort-readiness.types';

const WEEK_MS = 7 * DAY_MS;
/** A practice plan names at most this many competencies to work on, and to keep. */
const PLAN_FOCUS = 3;
const PLAN_STRENGTHS = 2;
const LEVELS = [ReadinessLevel.NOT_READY, ReadinessLevel.DEVELOPING, ReadinessLevel.READY, ReadinessLevel.INTERVIEW_READY];

const SORT_SQL: Record<StandingSortField, string> = {
  [StandingSortField.SCORE]: 'score',
  [StandingSortField.NAME]: 'lower(name)',
  [StandingSortField.TREND]: 'trend',
  [StandingSortField.LAST_ACTIVITY]: 'last_activity_at',
  [StandingSortField.REASONS]: 'cardinality(reasons)',
};

interface StandingRow {
  id: string;
  organization_id: string;
  cohort_id: string;
  membership_id: string;
  score: number;
  level: ReadinessLevel;
  trend: number | null;
  components?: CandidateReadiness['components'];
  competencies?: CandidateReadiness['competencies'];
  evaluation_count: number;
  last_activity_at: Date | null;
  computed_at: Date;
  created_at: Date;
  name: string;
  email: string;
  inactive_since: Date;
  overdue: number;
  open_action_items: number;
  realistic_not_started: number;
  reasons: AtRiskReasonCode[];
  total: number;
}

/**
 * Reads of stored readiness for staff: the cohort dashboard, the at-risk list and the CSV export. Only
 * cohorts the caller manages (see coaching.ts); another's answers NOT_FOUND.
 */
@Injectable()
export class CohortReadinessService {
  constructor(private readonly db: Db) {}

  /**
   * The cohort's readiness settings, NOT_FOUND unless the caller manages it (one prepared statement); each
   * figure of the dashboard is its own field.
   */
  async summary(ctx: RequestContext, cohortId: string): Promise<CohortReadiness> {
    const params: unknown[] = [cohortId];
    const bind = (value: unknown) => `$${params.push(value) + 1}`;
    const [cohort] = await this.db.sql<CohortReadiness>(
      ctx,
      `SELECT c.id AS "cohortId", c.readiness_target AS "readinessTarget", c.developing_threshold AS "developingThreshold",
         c.ready_threshold AS "readyThreshold", c.interview_ready_threshold AS "interviewReadyThreshold"
       FROM cohorts c WHERE c.organization_id = $1 AND c.id = $2 AND ${managedSql(ctx, 'cohort', 'c.id', bind)}`,
      params,
    );
    if (!cohort) throw notFound('Cohort');
    return cohort;
  }

  /**
   * A candidate's readiness in each of their cohorts: their own, or, for staff, in the cohorts they
   * manage. Anyone else's answers NOT_FOUND.
   */
  async ofCandidate(ctx: RequestContext, membershipId: string, cohortId?: string): Promise<CandidateReadiness[]> {
    const member = this.db.scoped(ctx, Membership).query('m').andWhere('m.id = :membershipId', { membershipId });
    if (!(await onlyOwnOrManaged(member, ctx, 'm.id').getExists())) throw notFound('Member');
    const qb = this.db.scoped(ctx, CandidateReadiness).query('r').andWhere('r.membershipId = :membershipId', { membershipId });
    // Staff see the candidate's readiness only in the cohorts they manage.
    if (ctx.role !== Role.CANDIDATE) onlyManaged(qb, ctx, 'cohort', 'r.cohortId');
    if (cohortId) qb.andWhere('r.cohortId = :cohortId', { cohortId });
    const rows = await qb.orderBy('r.createdAt').getMany();
    return rows.map((r) => Object.assign(r, { competencies: withDates(r.competencies) }));
  }

  /**
   * A member's readiness in each cohort, as `ofCandidate` shows it (staff: cohorts they manage; a
   * candidate: their own), for lists of members: batched per request, empty when the caller may not see it.
   */
  visibleOf(ctx: RequestContext, membershipId: string): Promise<CandidateReadiness[]> {
    return ctx.loaders
      .loader('member:readiness', async (ids) => {
        const qb = this.db
          .scoped(ctx, CandidateReadiness)
          .query('r')
          .andWhere('r.membershipId IN (:...ids)', { ids: [...ids] });
        if (ctx.role === Role.CANDIDATE) qb.andWhere('r.membershipId = :self', { self: ctx.membershipId });
        else onlyManaged(qb, ctx, 'cohort', 'r.cohortId');
        const rows = await qb.orderBy('r.createdAt').getMany();
        return ids.map((id) =>
          rows.filter((r) => r.membershipId === id).map((r) => Object.assign(r, { competencies: withDates(r.competencies) })),
        );
      })
      .load(membershipId);
  }

  /**
   * What the candidate should practise next, from their readiness in all their cohorts (a competency's
   * lowest score counts; required but never practised comes first).
   */
  async practicePlan(ctx: RequestContext, membershipId: string): Promise<PracticePlan> {
    const merged = new Map<string, CompetencyReadiness>();
    for (const readiness of await this.ofCandidate(ctx, membershipId)) {
      for (const competency of readiness.competencies) {
        const known = merged.get(competency.competency);
        const lower = !known || (competency.score ?? -1) < (known.score ?? -1);
        merged.set(competency.competency, {
          ...(lower ? competency : known),
          required: competency.required || (known?.required ?? false),
        });
      }
    }
    const ranked = [...merged.values()]
      .filter((c) => c.required || c.score !== null)
      .sort((a, b) => (a.score ?? -1) - (b.score ?? -1) || a.name.localeCompare(b.name));
    // The weaker half, at most PLAN_FOCUS, and every required competency never practised.
    const unpractised = ranked.filter((c) => c.score === null).length;
    const focus = ranked.slice(0, Math.max(unpractised, Math.min(PLAN_FOCUS, Math.ceil(ranked.length / 2))));
    const strengths = ranked.slice(focus.length).reverse().slice(0, PLAN_STRENGTHS);
    return { focus, strengths, focusShare: WEAK_AREA_SHARE };
  }

  /** The explanation of a readiness (its components and competencies) a standing was listed without. */
  explanation(ctx: RequestContext, readinessId: string): Promise<Pick<CandidateReadiness, 'components' | 'competencies'>> {
    return ctx.loaders
      .loader<Pick<CandidateReadiness, 'components' | 'competencies'>>('readiness-explanations', async (ids) => {
        const rows = await this.db.sql<Pick<CandidateReadiness, 'components' | 'competencies'> & { id: string }>(
          ctx,
          'SELECT r.id, r.components, r.competencies FROM candidate_readiness r WHERE r.organization_id = $1 AND r.id = ANY($2::uuid[])',
          [ids],
        );
        const byId = new Map(rows.map((r) => [r.id, { components: r.components, competencies: withDates(r.competencies) }]));
        // Deleted since the list was read (the candidate's data erased): nothing to explain.
        return ids.map((id) => byId.get(id) ?? { components: [], competencies: [] });
      })
      .load(readinessId);
  }

  /** The candidate's open action items (their coach's and the AI's they kept), counted for every readiness asked in the request. */
  openActionItems(ctx: RequestContext, membershipId: string): Promise<number> {
    return ctx.loaders
      .loader<number>('open-action-items', async (ids) => {
        const rows = await this.db.sql<{ id: string; open: number }>(
          ctx,
          `SELECT member.id, ${openActionItemsSql('member.id')} AS open FROM unnest($2::uuid[]) AS member(id)`,
          [ids],
        );
        return ids.map((id) => rows.find((r) => r.id === id)?.open ?? 0);
      })
      .load(membershipId);
  }

  /** Candidates per level, their average and how many reach the target: one query for every cohort asked in the request. */
  levels(ctx: RequestContext, parent: CohortReadiness): Promise<LevelFigures> {
    return ctx.loaders
      .loader<LevelFigures>('readiness-levels', async (keys) => {
        const rows = await this.db.sql<{
          cohort_id: string;
          level: ReadinessLevel;
          count: number;
          average: number;
          at_target: number;
        }>(
          ctx,
          `SELECT r.cohort_id, r.level, count(*)::int AS count, avg(r.score)::float AS average,
             count(*) FILTER (WHERE r.score >= c.readiness_target)::int AS at_target
           FROM candidate_readiness r JOIN cohorts c ON c.id = r.cohort_id AND c.organization_id = $1
           WHERE r.organization_id = $1 AND r.cohort_id = ANY($2::uuid[]) GROUP BY r.cohort_id, r.level`,
          [keys],
        );
        return keys.map((cohortId) => {
          const levels = rows.filter((r) => r.cohort_id === cohortId);
          const candidates = levels.reduce((sum, l) => sum + l.count, 0);
          return {
            candidates,
            averageScore: candidates
              ? Math.round((levels.reduce((sum, l) => sum + l.average * l.count, 0) / candidates) * 10) / 10
              : null,
            atTarget: levels.reduce((sum, l) => sum + l.at_target, 0),
            distribution: LEVELS.map((level) => ({ level, count: levels.find((l) => l.level === level)?.count ?? 0 })),
          };
        });
      })
      .load(parent.cohortId);
  }

  /** Each competency across the cohort's candidates, weakest first. */
  competencies(ctx: RequestContext, cohortId: string): Promise<CohortCompetency[]> {
    return this.db.sql<CohortCompetency>(
      ctx,
      `SELECT c->>'competency' AS competency, min(c->>'name') AS name, bool_or((c->>'required')::boolean) AS required,
         round(avg((c->>'score')::numeric), 1)::float AS "averageScore",
         count(*) FILTER (WHERE c->>'score' IS NOT NULL)::int AS "candidatesEvaluated",
         count(*) FILTER (WHERE c->>'score' IS NULL)::int AS "candidatesNotPractised",
         round(avg((c->>'first')::numeric), 1)::float AS "firstAverage",
         round(avg((c->>'latest')::numeric), 1)::float AS "latestAverage"
       FROM candidate_readiness r CROSS JOIN LATERAL jsonb_array_elements(r.competencies) c
       WHERE r.organization_id = $1 AND r.cohort_id = $2
       GROUP BY 1 ORDER BY 4 ASC NULLS FIRST, 2`,
      [cohortId],
    );
  }

  /** The cohort's practice by week, the latest `weeks` weeks (empty weeks included), oldest first. */
  async weeklyTrend(ctx: RequestContext, cohortId: string, weeks: number, now = new Date()): Promise<WeekTrend[]> {
    const since = firstTrendWeek(weeks, now);
    const rows = await this.db.sql<{ week: string; average: number; answers: number; active: number }>(
      ctx,
      `SELECT to_char(date_trunc('week', e.created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week,
         round(avg(${countedScoreSql('e')}), 1)::float AS average, count(*)::int AS answers,
         count(DISTINCT s.membership_id)::int AS active
       FROM cohort_members cm
       JOIN memberships m ON m.id = cm.membership_id AND m.organization_id = $1 AND m.status <> '${MemberStatus.DEACTIVATED}'
       JOIN interview_sessions s ON s.organization_id = $1 AND s.membership_id = cm.membership_id AND s.created_at >= $3
       JOIN answers a ON a.session_id = s.id AND a.organization_id = $1
       JOIN evaluations e ON e.answer_id = a.id AND e.organization_id = $1
       WHERE cm.organization_id = $1 AND cm.cohort_id = $2 AND cm.cohort_role = '${CohortRole.CANDIDATE}' AND e.created_at >= $3
         AND (s.mode <> '${InterviewMode.REALISTIC}' OR s.status = '${SessionStatus.COMPLETED}')
       GROUP BY 1`,
      [cohortId, since],
    );
    const byWeek = new Map(rows.map((r) => [r.week, r]));
    return Array.from({ length: weeks }, (_, i) => {
      const weekStart = new Date(since.getTime() + i * WEEK_MS).toISOString().slice(0, 10);
      const row = byWeek.get(weekStart);
      return { weekStart, averageScore: row?.average ?? null, answers: row?.answers ?? 0, activeCandidates: row?.active ?? 0 };
    });
  }

  /** The cohort's assignments (and those given to its candidates one by one) and how far its candidates got. */
  async completion(ctx: RequestContext, cohortId: string): Promise<CohortCompletion> {
    const rows = await this.db.sql<{
      id: string;
      title: string;
      due_at: Date | null;
      assigned: number;
      completed: number;
      in_progress: number;
      overdue: number;
      due: boolean;
    }>(
      ctx,
      `SELECT a.id, a.title, a.due_at, count(*)::int AS assigned,
         count(*) FILTER (WHERE ac.status = '${AssignmentStatus.COMPLETED}')::int AS completed,
         count(*) FILTER (WHERE ac.status = '${AssignmentStatus.IN_PROGRESS}')::int AS in_progress,
         count(*) FILTER (WHERE a.due_at < now() AND ac.status <> '${AssignmentStatus.COMPLETED}')::int AS overdue,
         coalesce(a.due_at < now(), false) AS due
       FROM cohort_members cm
       JOIN memberships m ON m.id = cm.membership_id AND m.organization_id = $1 AND m.status <> '${MemberStatus.DEACTIVATED}'
       JOIN assignment_candidates ac ON ac.organization_id = $1 AND ac.membership_id = cm.membership_id
       JOIN assignments a ON a.id = ac.assignment_id AND a.organization_id = $1 AND (a.cohort_id = $2 OR a.cohort_id IS NULL)
       WHERE cm.organization_id = $1 AND cm.cohort_id = $2 AND cm.cohort_role = '${CohortRole.CANDIDATE}'
       GROUP BY a.id ORDER BY a.due_at ASC NULLS LAST, a.title`,
      [cohortId],
    );
    const due = rows.filter((r) => r.due);
    const dueCount = due.reduce((sum, r) => sum + r.assigned, 0);
    const completedOfDue = due.reduce((sum, r) => sum + r.completed, 0);
    return {
      rate: dueCount ? Math.round((completedOfDue / dueCount) * 1000) / 1000 : null,
      due: dueCount,
      completedOfDue,
      assignments: rows.map((r) => ({
        assignmentId: r.id,
        title: r.title,
        dueAt: r.due_at,
        assigned: r.assigned,
        completed: r.completed,
        inProgress: r.in_progress,
        overdue: r.overdue,
      })),
    };
  }

  /**
   * Candidates of the cohort with their readiness and at-risk reasons, sorted and paginated; only those
   * with a reason when `atRiskOnly`.
   */
  async standings(
    ctx: RequestContext,
    cohortId: string,
    options: StandingListOptions | undefined,
    atRiskOnly: boolean,
  ): Promise<{ nodes: CandidateStanding[]; totalCount: number }> {
    const rows = await this.standingRows(ctx, [cohortId], options, atRiskOnly, false);
    return { nodes: rows.map((r) => this.standing(r)), totalCount: rows[0]?.total ?? 0 };
  }

  /** The first `take` at-risk candidates of each of the cohorts (those with any), in one statement. */
  async atRiskByCohort(
    ctx: RequestContext,
    cohortIds: string[],
    take: number,
  ): Promise<Map<string, { nodes: CandidateStanding[]; totalCount: number }>> {
    const found = new Map<string, { nodes: CandidateStanding[]; totalCount: number }>();
    if (!cohortIds.length) return found;
    for (const row of await this.standingRows(ctx, cohortIds, { skip: 0, take }, true, false)) {
      const cohort = found.get(row.cohort_id) ?? { nodes: [], totalCount: row.total };
      cohort.nodes.push(this.standing(row));
      found.set(row.cohort_id, cohort);
    }
    return found;
  }

  /** Every standing of the cohort, a page at a time (the CSV export streams them). */
  async *allStandings(ctx: RequestContext, cohortId: string): AsyncGenerator<CandidateStanding> {
    for (let skip = 0; ; skip += 500) {
      const rows = await this.standingRows(
        ctx,
        [cohortId],
        { skip, take: 500, sort: { field: StandingSortField.NAME, order: SortOrder.ASC } },
        false,
        true,
      );
      for (const row of rows) yield this.standing(row);
      if (rows.length < 500) return;
    }
  }

  /** Standings of each cohort, each sorted and paged on its own (one statement for any number of cohorts). */
  private standingRows(
    ctx: RequestContext,
    cohortIds: string[],
    options: Partial<StandingListOptions> | undefined,
    atRiskOnly: boolean,
    explained: boolean,
  ): Promise<StandingRow[]> {
    const sort = options?.sort ?? {
      field: atRiskOnly ? StandingSortField.REASONS : StandingSortField.SCORE,
      order: atRiskOnly ? SortOrder.DESC : SortOrder.ASC,
    };
    const order = `${SORT_SQL[sort.field]} ${sort.order === SortOrder.DESC ? 'DESC NULLS LAST' : 'ASC NULLS FIRST'}, score ASC, membership_id`;
    return this.db.sql<StandingRow>(
      ctx,
      // Every candidate is judged (the reasons sort the list); only the page's rows get their email and
      // open action items, and their explanations (large) only when `explained`: otherwise
      // CandidateReadinessResolver reads them if the query asks.
      `WITH standing AS (
         SELECT r.id, r.cohort_id, r.membership_id, r.score, r.level, r.trend, r.last_activity_at, c.developing_threshold, m.user_id,
           ${MEMBER_NAME_SQL} AS name, coalesce(r.last_activity_at, m.joined_at, m.created_at) AS inactive_since,
           coalesce(work.overdue, 0)::int AS overdue, coalesce(work.realistic_not_started, 0)::int AS realistic_not_started
         FROM candidate_readiness r
         JOIN cohorts c ON c.id = r.cohort_id AND c.organization_id = $1
         JOIN memberships m ON m.id = r.membership_id AND m.organization_id = $1
         JOIN users u ON u.id = m.user_id
         LEFT JOIN LATERAL (
           SELECT count(*) FILTER (WHERE ac.status <> '${AssignmentStatus.COMPLETED}') AS overdue,
             count(*) FILTER (WHERE ac.status = '${AssignmentStatus.ASSIGNED}' AND t.mode = '${InterviewMode.REALISTIC}') AS realistic_not_started
           FROM assignment_candidates ac
           JOIN assignments a ON a.id = ac.assignment_id AND a.organization_id = $1 AND (a.cohort_id = r.cohort_id OR a.cohort_id IS NULL)
           JOIN interview_templates t ON t.id = a.template_id AND t.organization_id = $1
           WHERE ac.organization_id = $1 AND ac.membership_id = r.membership_id AND a.due_at < now()
         ) work ON TRUE
         WHERE r.organization_id = $1 AND r.cohort_id = ANY($2::uuid[]) AND ($3::text IS NULL OR r.level::text = $3)
       ), judged AS (
         SELECT s.*, array_remove(ARRAY[
           CASE WHEN s.score < s.developing_threshold THEN '${AtRiskReasonCode.LOW_READINESS}' END,
           CASE WHEN s.trend <= -${FALLING_POINTS} THEN '${AtRiskReasonCode.FALLING}' END,
           CASE WHEN s.overdue > 0 THEN '${AtRiskReasonCode.OVERDUE_ASSIGNMENTS}' END,
           CASE WHEN s.inactive_since < now() - make_interval(days => ${INACTIVE_DAYS}) THEN '${AtRiskReasonCode.INACTIVE}' END,
           CASE WHEN s.realistic_not_started > 0 THEN '${AtRiskReasonCode.REALISTIC_NOT_STARTED}' END
         ], NULL) AS reasons
         FROM standing s
       ), ranked AS (
         SELECT *, count(*) OVER (PARTITION BY cohort_id)::int AS total,
           row_number() OVER (PARTITION BY cohort_id ORDER BY ${order}) AS position
         FROM judged WHERE NOT $4::boolean OR cardinality(reasons) > 0
       ), page AS (
         SELECT * FROM ranked WHERE position > $6 AND position <= $6 + $5
       )
       SELECT page.*, r.organization_id, ${explained ? 'r.components, r.competencies,' : ''} r.evaluation_count, r.computed_at, r.created_at,
         u.email, ${openActionItemsSql('page.membership_id')} AS open_action_items
       FROM page JOIN candidate_readiness r ON r.id = page.id AND r.organization_id = $1 JOIN users u ON u.id = page.user_id
       ORDER BY page.cohort_id, page.position`,
      [cohortIds, options?.filter?.level ?? null, atRiskOnly, options?.take ?? 20, options?.skip ?? 0],
    );
  }

  private standing(row: StandingRow): CandidateStanding {
    const readiness = Object.assign(new CandidateReadiness(), {
      id: row.id,
      organizationId: row.organization_id,
      cohortId: row.cohort_id,
      membershipId: row.membership_id,
      score: row.score,
      level: row.level,
      trend: row.trend,
      ...(row.components && { components: row.components }),
      ...(row.competencies && { competencies: withDates(row.competencies) }),
      evaluationCount: row.evaluation_count,
      lastActivityAt: row.last_activity_at,
      computedAt: row.computed_at,
      createdAt: row.created_at,
    });
    return {
      readiness,
      name: row.name,
      email: row.email,
      overdueAssignments: row.overdue,
      openActionItems: row.open_action_items,
      reasons: row.reasons.map((code) => ({ code, detail: reasonDetail(code, row) })),
    };
  }
}

/** The Monday (UTC) that starts the oldest of the latest `weeks` weeks. */
export const firstTrendWeek = (weeks: number, now = new Date()): Date =>
  new Date(isoWeekStart(now).getTime() - (weeks - 1) * WEEK_MS);

/** Dates inside jsonb come back as strings. */
export function withDates(competencies: CandidateReadiness['competencies']): CandidateReadiness['competencies'] {
  return competencies.map((c) => ({ ...c, evidence: c.evidence.map((e) => ({ ...e, at: new Date(e.at) })) }));
}

function reasonDetail(code: AtRiskReasonCode, row: StandingRow): string {
  const days = Math.floor((Date.now() - new Date(row.inactive_since).getTime()) / DAY_MS);
  const details: Record<AtRiskReasonCode, () => string> = {
    [AtRiskReasonCode.LOW_READINESS]: () => `Readiness ${row.score}, not yet developing`,
    [AtRiskReasonCode.FALLING]: () => `Down ${Math.abs(row.trend ?? 0)} points over the last four weeks`,
    [AtRiskReasonCode.OVERDUE_ASSIGNMENTS]: () => `${row.overdue} assignment${row.overdue === 1 ? '' : 's'} past due`,
    [AtRiskReasonCode.INACTIVE]: () =>
      row.last_activity_at ? `No answer for ${days} days` : `No answer since joining ${days} days ago`,
    [AtRiskReasonCode.REALISTIC_NOT_STARTED]: () =>
      `${row.realistic_not_started} realistic interview${row.realistic_not_started === 1 ? '' : 's'} not started by the due date`,
  };
  return details[code]();
}
