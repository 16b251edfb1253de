import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { MailService } from '../mail/mail.service';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { DAY_MS, localTime } from '../common/period';
import { MemberStatus } from '../members/membership.entity';
import { AssignmentsService } from '../assignments/assignments.service';
import { AssignmentCandidate, AssignmentStatus } from '../assignments/assignment-candidate.entity';
import { PostedReview, ReviewsService } from '../reviews/reviews.service';
import { emailWantedSql } from './notification-settings.entity';
import { NotificationKind } from './sent-notification.entity';
import { AssignmentNotice, ReviewNotice } from './notifications.types';

const HOUR_MS = 3_600_000;
/** How far back "new" assignments and reviews go in the app. */
const RECENT_MS = 14 * DAY_MS;
/** Assignments "due soon" in the app: within this, or overdue. */
const DUE_SOON_MS = 72 * HOUR_MS;
/** Notices of each kind the app lists. */
const LISTED = 20;
/** Reviews read to group into notices: a candidate's fortnight is far fewer. */
const REVIEWS_READ = 200;
/** An assignment's e-mail goes out once it is due within this. */
const MAIL_DUE_MS = 24 * HOUR_MS;
/** Reviews the e-mail job looks back over (it runs hourly; a day covers an outage). */
const MAIL_REVIEWS_MS = 24 * HOUR_MS;
/** Rows one e-mail job reads per kind. */
const MAIL_BATCH = 1000;
const NOT_COMPLETED = [AssignmentStatus.ASSIGNED, AssignmentStatus.IN_PROGRESS];

/**
 * What the e-mail job may send, claimed in one statement: each (member, kind, subject) of an active
 * candidate who wants e-mails is recorded in sent_notifications first; one already there is skipped.
 */
const CLAIM = `WITH wanted AS (
    SELECT * FROM unnest($2::uuid[], $3::text[], $4::uuid[]) AS w(membership_id, kind, subject_id)
  ), recipient AS (
    SELECT m.id AS membership_id, u.email, u.name, o.time_zone
    FROM memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.organization_id
    WHERE m.organization_id = $1 AND m.id IN (SELECT membership_id FROM wanted) AND m.role = '${Role.CANDIDATE}'
      AND m.status = '${MemberStatus.ACTIVE}' AND ${emailWantedSql('m.id')}
  ), claimed AS (
    INSERT INTO sent_notifications (organization_id, membership_id, kind, subject_id)
    SELECT $1, w.membership_id, w.kind::sent_notifications_kind_enum, w.subject_id FROM wanted w JOIN recipient USING (membership_id)
    ON CONFLICT (organization_id, membership_id, kind, subject_id) DO NOTHING
    RETURNING membership_id, kind::text, subject_id
  )
  SELECT claimed.*, recipient.email, recipient.name, recipient.time_zone FROM claimed JOIN recipient USING (membership_id)`;

interface Claimed {
  membership_id: string;
  kind: NotificationKind;
  subject_id: string;
  email: string;
  name: string;
  time_zone: string;
}

const assignmentNotice = (copy: AssignmentCandidate, now: number): AssignmentNotice => ({
  assignmentId: copy.assignmentId,
  title: copy.assignment!.title,
  dueAt: copy.assignment!.dueAt,
  assignedAt: copy.createdAt,
  status: copy.status,
  overdue: copy.status !== AssignmentStatus.COMPLETED && !!copy.assignment!.dueAt && copy.assignment!.dueAt.getTime() < now,
});

/** Reviews grouped by session and coach, latest first (rows come newest first). */
function reviewNotices(rows: PostedReview[]): ReviewNotice[] {
  const groups = new Map<string, ReviewNotice>();
  for (const { sessionId, reviewerId, reviewerName, reviewedAt } of rows) {
    const group = groups.get(`${sessionId}/${reviewerId}`);
    if (group) group.reviewCount += 1;
    else groups.set(`${sessionId}/${reviewerId}`, { sessionId, reviewerId, reviewerName, reviewedAt, reviewCount: 1 });
  }
  return [...groups.values()];
}

/**
 * What a candidate hears of: assignments given to them or due soon, and coaches' reviews of their
 * answers; in the app (`notifications`), and by e-mail (with the staff digests, hourly) when a review is
 * posted and when an assignment is due within a day, once each.
 */
@Injectable()
export class CandidateNotificationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly mail: MailService,
    private readonly assignments: AssignmentsService,
    private readonly reviews: ReviewsService,
  ) {}

  /** Assignments given to the caller in the last 14 days and not started, newest first. */
  async newAssignments(ctx: RequestContext): Promise<AssignmentNotice[]> {
    if (ctx.role !== Role.CANDIDATE) return [];
    const now = Date.now();
    const copies = await this.assignments.copies(
      ctx,
      { membershipId: ctx.membershipId, statuses: [AssignmentStatus.ASSIGNED], givenSince: new Date(now - RECENT_MS) },
      LISTED,
    );
    return copies.map((copy) => assignmentNotice(copy, now));
  }

  /** The caller's assignments not completed that are due within 72 hours or overdue, soonest due first. */
  async dueSoon(ctx: RequestContext): Promise<AssignmentNotice[]> {
    if (ctx.role !== Role.CANDIDATE) return [];
    const now = Date.now();
    const copies = await this.assignments.copies(
      ctx,
      { membershipId: ctx.membershipId, statuses: NOT_COMPLETED, due: { by: new Date(now + DUE_SOON_MS) } },
      LISTED,
    );
    return copies.map((copy) => assignmentNotice(copy, now));
  }

  /** Coaches' reviews of the caller's answers in the last 14 days, per session and coach, latest first. */
  async reviewsPosted(ctx: RequestContext): Promise<ReviewNotice[]> {
    if (ctx.role !== Role.CANDIDATE) return [];
    const rows = await this.reviews.posted(ctx, new Date(Date.now() - RECENT_MS), ctx.membershipId, REVIEWS_READ);
    return reviewNotices(rows).slice(0, LISTED);
  }

  /** The organization's candidate e-mails due now (part of the hourly digests job). */
  async sendMail(organizationId: string): Promise<void> {
    const now = Date.now();
    const org = { organizationId };
    const [reviews, due] = await Promise.all([
      this.reviews.posted(org, new Date(now - MAIL_REVIEWS_MS), null, MAIL_BATCH),
      this.assignments.copies(
        org,
        { statuses: NOT_COMPLETED, due: { after: new Date(now), by: new Date(now + MAIL_DUE_MS) } },
        MAIL_BATCH,
      ),
    ]);
    const wanted = [
      ...reviews.map((r) => [r.candidateId, NotificationKind.REVIEW_POSTED, r.reviewId]),
      ...due.map((c) => [c.membershipId, NotificationKind.ASSIGNMENT_DUE, c.assignmentId]),
    ];
    if (!wanted.length) return;
    const claimed = await this.db.sql<Claimed>(
      org,
      CLAIM,
      [0, 1, 2].map((i) => wanted.map((w) => w[i])),
    );
    const link = `${this.config.publicUrl}/`;
    for (const recipient of new Map(claimed.map((c) => [c.membership_id, c])).values()) {
      const mine = (kind: NotificationKind) =>
        new Set(claimed.filter((c) => c.membership_id === recipient.membership_id && c.kind === kind).map((c) => c.subject_id));
      const reviewed = mine(NotificationKind.REVIEW_POSTED);
      const notices = reviewNotices(reviews.filter((r) => reviewed.has(r.reviewId)));
      if (notices.length) {
        const lines = notices.map(
          (n) =>
            `  - ${n.reviewerName ?? 'A coach'} reviewed ${n.reviewCount} answer${n.reviewCount === 1 ? '' : 's'} (${localTime(n.reviewedAt, recipient.time_zone)})`,
        );
        await this.mail.sendOrWarn({
          to: recipient.email,
          subject: 'A coach reviewed your answers',
          text: `Hello ${recipient.name},\n\n${lines.join('\n')}\n\nRead the feedback in the app: ${link}\n`,
        });
      }
      const dueIds = mine(NotificationKind.ASSIGNMENT_DUE);
      const dueSoon = due.filter((c) => c.membershipId === recipient.membership_id && dueIds.has(c.assignmentId));
      if (dueSoon.length) {
        const lines = dueSoon.map(
          (c) => `  - ${c.assignment!.title}: due ${localTime(c.assignment!.dueAt!, recipient.time_zone)}`,
        );
        await this.mail.sendOrWarn({
          to: recipient.email,
          subject:
            dueSoon.length === 1
              ? `Due within a day: ${dueSoon[0].assignment!.title}`
              : `${dueSoon.length} assignments due within a day`,
          text: `Hello ${recipient.name},\n\n${lines.join('\n')}\n\nStart when you are ready: ${link}\n`,
        });
      }
    }
  }
}
