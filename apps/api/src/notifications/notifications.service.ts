import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { Loaders } from '../database/loaders';
import { JobQueue } from '../queue/job-queue';
import { Sweeps } from '../queue/sweeps';
import { OrganizationJob, perOrganizationSweep } from '../queue/per-organization-sweep';
import { MailService } from '../mail/mail.service';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { isoWeekStart } from '../common/period';
import { ListResult, SortOrder } from '../common/list';
import { MemberStatus } from '../members/membership.entity';
import { MEMBER_NAME_SQL } from '../members/members.service';
import { CohortsService } from '../cohorts/cohorts.service';
import { CohortReadinessService } from '../readiness/cohort-readiness.service';
import { SessionsService } from '../sessions/sessions.service';
import { SessionSortField } from '../sessions/sessions.inputs';
import { InterviewSession } from '../sessions/interview-session.entity';
import { NotificationSettings } from './notification-settings.entity';
import { CohortAtRisk } from './notifications.types';
import { CandidateNotificationsService } from './candidate-notifications.service';

export const SEND_DIGESTS = 'send-notification-digests';

/** How often the digests are looked for: each goes out on the first look of its day (or week). */
const SWEEP_MS = 60 * 60_000;
/** Sessions and at-risk candidates a notification lists (the count covers them all). */
const LISTED = 5;
/** Cohorts an admin's notification looks at, most recently created first. */
const COHORTS_LOOKED_AT = 50;

type Digest = 'reviewDigestOn' | 'atRiskDigestOn';
const DIGEST_COLUMN: Record<Digest, string> = { reviewDigestOn: 'review_digest_on', atRiskDigestOn: 'at_risk_digest_on' };

interface Recipient {
  membership_id: string;
  user_id: string;
  email: string;
  name: string;
}

const day = (date: Date): string => date.toISOString().slice(0, 10);

/**
 * Coaches hear of sessions waiting for their review, admins of candidates at risk: in the app (the
 * `notifications` query), and by e-mail when SMTP_URL is set, once a day (reviews) and once a week
 * (at risk), unless the person turned e-mails off. Candidates' own: CandidateNotificationsService.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    queue: JobQueue,
    private readonly mail: MailService,
    private readonly sessions: SessionsService,
    private readonly cohorts: CohortsService,
    private readonly readiness: CohortReadinessService,
    private readonly candidates: CandidateNotificationsService,
    sweeps: Sweeps,
  ) {
    queue.handle<OrganizationJob>(SEND_DIGESTS, (job) => this.sendDigests(job.organizationId));
    // One job per organization and hour: a second process, or a restart, adds the same job.
    this.sweep = perOrganizationSweep(queue, SEND_DIGESTS, SWEEP_MS, async () =>
      (await db.dataSource.query<{ id: string }[]>('SELECT id FROM organizations')).map((o) => o.id),
    );
    if (mail.enabled) sweeps.every('notifications', SWEEP_MS, this.sweep);
  }

  /** Queues each organization's digests job of the hour. */
  readonly sweep: () => Promise<void>;

  /** Completed sessions waiting for the caller's review, oldest first: the first few and how many. None for candidates. */
  async awaitingReview(ctx: RequestContext): Promise<ListResult<InterviewSession>> {
    if (ctx.role === Role.CANDIDATE) return { nodes: [], totalCount: 0 };
    return this.sessions.list(ctx, {
      skip: 0,
      take: LISTED,
      sort: { field: SessionSortField.COMPLETED_AT, order: SortOrder.ASC },
      filter: { awaitingMyReview: true },
    });
  }

  /** Admins: each cohort with candidates at risk, the few with most reasons. Coaches: none (their dashboard shows theirs). */
  async atRisk(ctx: RequestContext): Promise<CohortAtRisk[]> {
    if (ctx.role !== Role.ADMIN) return [];
    const { nodes } = await this.cohorts.list(ctx, { skip: 0, take: COHORTS_LOOKED_AT });
    const atRisk = await this.readiness.atRiskByCohort(
      ctx,
      nodes.map((c) => c.id),
      LISTED,
    );
    return nodes.flatMap((cohort) => {
      const candidates = atRisk.get(cohort.id);
      return candidates ? [{ cohortId: cohort.id, cohortName: cohort.name, candidates }] : [];
    });
  }

  async emailEnabled(ctx: RequestContext): Promise<boolean> {
    const settings = await this.db.scoped(ctx, NotificationSettings).findOne({ where: { membershipId: ctx.membershipId } });
    return settings?.emailEnabled ?? true;
  }

  /** Turns the caller's notification e-mails on or off (invitations and password links still come). */
  async setEmailEnabled(ctx: RequestContext, enabled: boolean): Promise<boolean> {
    await this.db.sql(
      ctx,
      `INSERT INTO notification_settings (organization_id, membership_id, email_enabled) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id, membership_id) DO UPDATE SET email_enabled = excluded.email_enabled`,
      [ctx.membershipId, enabled],
    );
    return enabled;
  }

  /** The organization's digests due now (the job's work; each recipient's is claimed first, see `claim`), candidates' e-mails too. */
  async sendDigests(organizationId: string): Promise<void> {
    const now = new Date();
    await this.candidates.sendMail(organizationId);
    for (const coach of await this.claim(organizationId, Role.COACH, 'reviewDigestOn', day(now))) {
      const waiting = await this.awaitingReview(this.contextOf(organizationId, coach, Role.COACH));
      if (!waiting.totalCount) continue;
      const oldest = waiting.nodes[0].completedAt!;
      await this.send(coach, {
        subject: `${waiting.totalCount} session${waiting.totalCount === 1 ? ' is' : 's are'} waiting for your review`,
        text:
          `Hello ${coach.name},\n\n${waiting.totalCount} completed session${waiting.totalCount === 1 ? '' : 's'} of your cohorts ` +
          `${waiting.totalCount === 1 ? 'is' : 'are'} waiting for your review, the oldest since ${day(oldest)}.\n\n` +
          `Open the review queue: ${this.config.publicUrl}/admin/#/reviews\n`,
      });
    }
    const admins = await this.claim(organizationId, Role.ADMIN, 'atRiskDigestOn', day(isoWeekStart(now)));
    if (!admins.length) return;
    const cohorts = await this.atRisk(this.contextOf(organizationId, admins[0], Role.ADMIN));
    if (!cohorts.length) return;
    const lines = cohorts.flatMap(({ cohortName, candidates }) => [
      `${cohortName}: ${candidates.totalCount} at risk`,
      ...candidates.nodes.map((c) => `  - ${c.name}: ${c.reasons.map((r) => r.detail).join('; ')}`),
    ]);
    for (const admin of admins) {
      await this.send(admin, {
        subject: 'This week: candidates at risk',
        text: `Hello ${admin.name},\n\n${lines.join('\n')}\n\nSee each cohort's readiness: ${this.config.publicUrl}/admin/\n`,
      });
    }
  }

  /**
   * The organization's active members of `role` who want e-mails and were not sent this digest for
   * `period` yet, marked as sent in the same statement: whoever runs it next finds them taken.
   */
  private claim(organizationId: string, role: Role, digest: Digest, period: string): Promise<Recipient[]> {
    const column = DIGEST_COLUMN[digest];
    return this.db.sql<Recipient>(
      { organizationId },
      `WITH recipient AS (
         SELECT m.id AS membership_id, m.user_id, u.email, ${MEMBER_NAME_SQL} AS name
         FROM memberships m JOIN users u ON u.id = m.user_id
         LEFT JOIN notification_settings n ON n.organization_id = $1 AND n.membership_id = m.id
         WHERE m.organization_id = $1 AND m.role = $2 AND m.status = '${MemberStatus.ACTIVE}'
           AND coalesce(n.email_enabled, TRUE) AND (n.${column} IS NULL OR n.${column} < $3::date)
       ), claimed AS (
         INSERT INTO notification_settings (organization_id, membership_id, ${column})
         SELECT $1, membership_id, $3::date FROM recipient
         ON CONFLICT (organization_id, membership_id) DO UPDATE SET ${column} = excluded.${column}
           WHERE notification_settings.${column} IS NULL OR notification_settings.${column} < excluded.${column}
         RETURNING membership_id
       )
       SELECT recipient.* FROM recipient JOIN claimed USING (membership_id)`,
      [role, period],
    );
  }

  private async send(to: Recipient, mail: { subject: string; text: string }): Promise<void> {
    await this.mail.sendOrWarn({ to: to.email, ...mail });
  }

  /** The recipient as if they asked in the app: the same rules choose what they hear of. */
  private contextOf(organizationId: string, member: Recipient, role: Role): RequestContext {
    return {
      userId: member.user_id,
      organizationId,
      membershipId: member.membership_id,
      role,
      loaders: new Loaders(this.db, organizationId),
    };
  }
}
