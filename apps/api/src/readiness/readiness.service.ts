import { Injectable, Logger } from '@nestjs/common';
import { Db } from '../database/db.service';
import { DAY_MS } from '../common/period';
import { JobQueue } from '../queue/job-queue';
import { Sweeps } from '../queue/sweeps';
import { AssignmentStatus } from '../assignments/assignment-candidate.entity';
import { CohortRole } from '../cohorts/cohort-member.entity';
import { MemberStatus } from '../members/membership.entity';
import { InterviewMode } from '../templates/interview-template.entity';
import { SessionStatus } from '../sessions/interview-session.entity';
import {
  competencyKey,
  countedScoreSql,
  DEFAULT_COMPONENT_WEIGHTS,
  ComponentWeights,
  READINESS_WINDOW_DAYS,
} from './analytics-rules';
import { computeReadiness, ScoredEvaluation } from './readiness-formula';
import { ReadinessSettings } from './readiness-settings.entity';

export const REFRESH_READINESS = 'refresh-readiness';

/** Ids only: the worker reads the rest. Some candidates, or every candidate of one cohort. */
export interface RefreshReadinessJob {
  organizationId: string;
  membershipIds?: string[];
  cohortId?: string;
}

/** Changes within this window are refreshed together, once, after it closes. */
export const REFRESH_DEBOUNCE_MS = 2000;
/** How often readiness made stale by time is looked for, and how many candidates at most per look. */
const SWEEP_MS = 10 * 60_000;
const SWEEP_LIMIT = 5000;
/** Candidates computed per round of statements when many are refreshed (a cohort, a rebuild). */
const BATCH = 500;

type Tenant = { organizationId: string };

interface CohortPlace {
  membership_id: string;
  cohort_id: string;
  required_competencies: string[];
  developing_threshold: number;
  ready_threshold: number;
  interview_ready_threshold: number;
}

/**
 * Stored readiness: refreshed by a queue job after each evaluation, review, sitting or assignment change
 * (debounced per candidate), never on read. `rebuild` recomputes everything when the formula changes.
 */
@Injectable()
export class ReadinessService {
  private readonly logger = new Logger(ReadinessService.name);

  constructor(
    private readonly db: Db,
    private readonly queue: JobQueue,
    sweeps: Sweeps,
  ) {
    queue.handle<RefreshReadinessJob>(REFRESH_READINESS, (job) => this.run(job));
    sweeps.every('readiness', SWEEP_MS, () => this.sweep());
  }

  /**
   * Readiness that time alone has made stale: a candidate in a cohort without one yet (an upgrade, a
   * lost job), one computed before a due date that has now passed, or a day ago (recency weights move).
   */
  async sweep(): Promise<void> {
    const stale = await this.db.dataSource.query<{ organization_id: string; membership_id: string }[]>(
      `SELECT cm.organization_id, cm.membership_id FROM cohort_members cm
         WHERE cm.cohort_role = '${CohortRole.CANDIDATE}'
           AND NOT EXISTS (SELECT 1 FROM candidate_readiness r WHERE r.cohort_id = cm.cohort_id AND r.membership_id = cm.membership_id)
         UNION
         SELECT r.organization_id, r.membership_id FROM candidate_readiness r
         WHERE r.computed_at < now() - interval '1 day'
           OR EXISTS (SELECT 1 FROM assignment_candidates ac JOIN assignments a ON a.id = ac.assignment_id
             WHERE ac.organization_id = r.organization_id AND ac.membership_id = r.membership_id
               AND a.due_at > r.computed_at AND a.due_at <= now())
         LIMIT ${SWEEP_LIMIT}`,
    );
    // In batches: a cohort's worth of candidates costs the few statements one candidate does.
    for (const [organizationId, members] of groupBy(stale, (r) => r.membership_id, 'organization_id')) {
      for (let i = 0; i < members.length; i += BATCH) {
        await this.schedule({ organizationId, membershipIds: members.slice(i, i + BATCH) }, `sweep-${organizationId}-${i}`);
      }
    }
  }

  /** After a change that moves these candidates' readiness (call after commit). */
  async refreshLater(ctx: Tenant, membershipIds: string[]): Promise<void> {
    for (const membershipId of new Set(membershipIds)) {
      await this.schedule({ organizationId: ctx.organizationId, membershipIds: [membershipId] }, membershipId);
    }
  }

  /** After a change to the cohort itself (its required competencies, its thresholds). */
  refreshCohortLater(ctx: Tenant, cohortId: string): Promise<void> {
    return this.schedule({ organizationId: ctx.organizationId, cohortId }, `cohort-${cohortId}`);
  }

  /** After a change to the organization's readiness settings: every cohort of it. */
  async refreshOrganizationLater(ctx: Tenant): Promise<void> {
    const cohorts = await this.db.sql<{ id: string }>(ctx, 'SELECT id FROM cohorts WHERE organization_id = $1', []);
    for (const cohort of cohorts) await this.refreshCohortLater(ctx, cohort.id);
  }

  /** One job per subject and debounce window, run when the window closes: a burst of changes costs one refresh. */
  private async schedule(job: RefreshReadinessJob, subject: string): Promise<void> {
    const now = Date.now();
    const window = Math.floor(now / REFRESH_DEBOUNCE_MS) + 1;
    try {
      await this.queue.add(REFRESH_READINESS, job, {
        jobId: `readiness-${subject}-${window}`,
        delayMs: window * REFRESH_DEBOUNCE_MS - now,
      });
    } catch (error) {
      // The change itself is saved; readiness catches up at the next change or `manage rebuild-readiness`.
      this.logger.warn(`Readiness of ${subject} not refreshed: ${(error as Error).message}`);
    }
  }

  private async run(job: RefreshReadinessJob): Promise<void> {
    const ctx = { organizationId: job.organizationId };
    const ids = job.membershipIds ?? (await this.candidatesOf(ctx, job.cohortId!));
    for (let i = 0; i < ids.length; i += BATCH) await this.recompute(ctx, ids.slice(i, i + BATCH));
  }

  private async candidatesOf(ctx: Tenant, cohortId: string): Promise<string[]> {
    const rows = await this.db.sql<{ membership_id: string }>(
      ctx,
      `SELECT membership_id FROM cohort_members WHERE organization_id = $1 AND cohort_id = $2 AND cohort_role = '${CohortRole.CANDIDATE}'`,
      [cohortId],
    );
    return rows.map((r) => r.membership_id);
  }

  /** Recomputes every organization's readiness (or one's); returns how many candidates. */
  async rebuild(organizationId?: string): Promise<number> {
    const rows = await this.db.dataSource.query<{ organization_id: string; membership_id: string }[]>(
      `SELECT DISTINCT organization_id, membership_id FROM cohort_members
       WHERE cohort_role = '${CohortRole.CANDIDATE}' AND ($1::uuid IS NULL OR organization_id = $1)
       ORDER BY organization_id, membership_id`,
      [organizationId ?? null],
    );
    for (const [organizationId, members] of groupBy(rows, (r) => r.membership_id, 'organization_id')) {
      for (let i = 0; i < members.length; i += BATCH) await this.recompute({ organizationId }, members.slice(i, i + BATCH));
    }
    return rows.length;
  }

  /** Computes and stores the readiness of these candidates in each of their cohorts; drops cohorts they left. */
  async recompute(ctx: Tenant, membershipIds: string[], now = new Date()): Promise<void> {
    const since = new Date(now.getTime() - READINESS_WINDOW_DAYS * DAY_MS);
    const [places, evaluations, assignments, activity, settings] = await Promise.all([
      this.places(ctx, membershipIds),
      this.evaluations(ctx, membershipIds, since),
      this.assignments(ctx, membershipIds),
      this.lastActivity(ctx, membershipIds),
      this.db.scoped(ctx, ReadinessSettings).findOne({ where: {} }),
    ]);
    const weights: ComponentWeights = settings?.weights ?? DEFAULT_COMPONENT_WEIGHTS;
    const names = new Map((settings?.competencies ?? []).map((name) => [competencyKey(name), name]));
    const rows = places.map((place) => {
      const figures = computeReadiness({
        now,
        evaluations: evaluations.get(place.membership_id) ?? [],
        required: place.required_competencies,
        assignments: (assignments.get(place.membership_id) ?? []).filter(
          (a) => a.cohortId === null || a.cohortId === place.cohort_id,
        ),
        thresholds: {
          developing: place.developing_threshold,
          ready: place.ready_threshold,
          interviewReady: place.interview_ready_threshold,
        },
        weights,
        names,
      });
      return {
        cohort_id: place.cohort_id,
        membership_id: place.membership_id,
        score: figures.score,
        level: figures.level,
        trend: figures.trend,
        components: figures.components,
        competencies: figures.competencies,
        evaluation_count: figures.evaluationCount,
        last_activity_at: activity.get(place.membership_id) ?? null,
      };
    });
    await this.db.transaction(async () => {
      await this.db.sql(
        ctx,
        `INSERT INTO candidate_readiness (organization_id, cohort_id, membership_id, score, level, trend, components,
           competencies, evaluation_count, last_activity_at, computed_at)
         SELECT $1, r.cohort_id, r.membership_id, r.score, r.level::candidate_readiness_level_enum, r.trend, r.components,
           r.competencies, r.evaluation_count, r.last_activity_at, $3
         FROM jsonb_to_recordset($2::jsonb) AS r(cohort_id uuid, membership_id uuid, score smallint, level text, trend real,
           components jsonb, competencies jsonb, evaluation_count integer, last_activity_at timestamptz)
         ON CONFLICT (cohort_id, membership_id) DO UPDATE SET score = excluded.score, level = excluded.level,
           trend = excluded.trend, components = excluded.components, competencies = excluded.competencies,
           evaluation_count = excluded.evaluation_count, last_activity_at = excluded.last_activity_at,
           computed_at = excluded.computed_at`,
        [JSON.stringify(rows), now],
      );
      await this.db.sql(
        ctx,
        'DELETE FROM candidate_readiness WHERE organization_id = $1 AND membership_id = ANY($2::uuid[]) AND computed_at < $3',
        [membershipIds, now],
      );
    });
  }

  /** The cohorts these candidates are in (removed members are in none), with each cohort's settings. */
  private places(ctx: Tenant, membershipIds: string[]): Promise<CohortPlace[]> {
    return this.db.sql<CohortPlace>(
      ctx,
      `SELECT cm.membership_id, c.id AS cohort_id, c.required_competencies, c.developing_threshold, c.ready_threshold,
         c.interview_ready_threshold
       FROM cohort_members cm
       JOIN cohorts c ON c.id = cm.cohort_id AND c.organization_id = $1
       JOIN memberships m ON m.id = cm.membership_id AND m.organization_id = $1 AND m.status <> '${MemberStatus.DEACTIVATED}'
       WHERE cm.organization_id = $1 AND cm.membership_id = ANY($2::uuid[]) AND cm.cohort_role = '${CohortRole.CANDIDATE}'`,
      [membershipIds],
    );
  }

  /**
   * Each answer's latest evaluation in the window with a score that counts, never from a realistic
   * sitting still in progress (its candidate does not see those scores yet).
   */
  private async evaluations(ctx: Tenant, membershipIds: string[], since: Date): Promise<Map<string, ScoredEvaluation[]>> {
    const rows = await this.db.sql<{ membership_id: string; id: string; at: Date; score: number | null; competencies: string[] }>(
      ctx,
      `SELECT DISTINCT ON (a.id) s.membership_id, e.id, e.created_at AS at, ${countedScoreSql('e')} AS score, q.competencies
       FROM interview_sessions s
       JOIN answers a ON a.session_id = s.id AND a.organization_id = $1
       JOIN evaluations e ON e.answer_id = a.id AND e.organization_id = $1
       JOIN session_questions q ON q.id = a.session_question_id AND q.organization_id = $1
       WHERE s.organization_id = $1 AND s.membership_id = ANY($2::uuid[]) AND s.created_at >= $3 AND e.created_at >= $3
         AND (s.mode <> '${InterviewMode.REALISTIC}' OR s.status = '${SessionStatus.COMPLETED}')
       ORDER BY a.id, e.created_at DESC`,
      [membershipIds, since],
    );
    // A withheld score (too little to judge, no coach's score) says nothing about readiness: left out, not 0.
    const scored = rows.filter((r): r is typeof r & { score: number } => r.score !== null);
    return groupBy(scored, (r) => ({ id: r.id, at: r.at, score: r.score, competencies: r.competencies }));
  }

  private async assignments(
    ctx: Tenant,
    membershipIds: string[],
  ): Promise<Map<string, { cohortId: string | null; dueAt: Date | null; completed: boolean }[]>> {
    const rows = await this.db.sql<{
      membership_id: string;
      cohort_id: string | null;
      due_at: Date | null;
      status: AssignmentStatus;
    }>(
      ctx,
      `SELECT ac.membership_id, a.cohort_id, a.due_at, ac.status
       FROM assignment_candidates ac JOIN assignments a ON a.id = ac.assignment_id AND a.organization_id = $1
       WHERE ac.organization_id = $1 AND ac.membership_id = ANY($2::uuid[])`,
      [membershipIds],
    );
    return groupBy(rows, (r) => ({ cohortId: r.cohort_id, dueAt: r.due_at, completed: r.status === AssignmentStatus.COMPLETED }));
  }

  private async lastActivity(ctx: Tenant, membershipIds: string[]): Promise<Map<string, Date>> {
    const rows = await this.db.sql<{ membership_id: string; at: Date | null }>(
      ctx,
      `SELECT s.membership_id, max(a.submitted_at) AS at
       FROM interview_sessions s JOIN answers a ON a.session_id = s.id AND a.organization_id = $1
       WHERE s.organization_id = $1 AND s.membership_id = ANY($2::uuid[]) AND a.submitted_at IS NOT NULL
       GROUP BY s.membership_id`,
      [membershipIds],
    );
    return new Map(rows.filter((r) => r.at).map((r) => [r.membership_id, r.at!]));
  }
}

function groupBy<R extends Record<K, string>, T, K extends string = 'membership_id'>(
  rows: R[],
  map: (row: R) => T,
  key: K = 'membership_id' as K,
): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row[key]);
    if (group) group.push(map(row));
    else groups.set(row[key], [map(row)]);
  }
  return groups;
}
