import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { JobQueue } from '../queue/job-queue';
import { Sweeps } from '../queue/sweeps';
import { OrganizationJob, perOrganizationSweep } from '../queue/per-organization-sweep';
import { MailService } from '../mail/mail.service';
import { MemberStatus } from '../members/membership.entity';
import { emailWantedSql } from '../notifications/notification-settings.entity';
import { localTime } from '../common/period';
import { PRACTICE_TITLE } from './practice-calendar';

export const SEND_PRACTICE_REMINDERS = 'send-practice-reminders';

/** How long before the practice its e-mail goes out. */
const LEAD_MINUTES = 60;
/** How often reminders coming due are looked for: the e-mail leaves between 55 and 60 minutes before. */
const SWEEP_MS = 5 * 60_000;

/** Organizations with a reminder coming due whose e-mail has not gone out (across tenants: ids only). */
const ORGANIZATIONS_DUE = `SELECT DISTINCT organization_id AS id FROM practice_reminders
  WHERE sent_at IS NULL AND at > now() AND at <= now() + make_interval(mins => $1)`;

/**
 * The organization's reminders coming due, for active members who want e-mails, marked as sent in the
 * same statement: a second job finds them taken. Those of someone with e-mails off stay unsent (turned
 * on in time, they still get it).
 */
const CLAIM = `UPDATE practice_reminders r SET sent_at = now()
  FROM memberships m JOIN users u ON u.id = m.user_id JOIN organizations o ON o.id = m.organization_id
  WHERE r.organization_id = $1 AND m.organization_id = $1 AND m.id = r.membership_id
    AND m.status = '${MemberStatus.ACTIVE}' AND r.sent_at IS NULL AND r.at > now()
    AND r.at <= now() + make_interval(mins => $2) AND ${emailWantedSql('r.membership_id')}
  RETURNING r.at, r.note, u.email, u.name, o.time_zone`;

interface Due {
  at: Date;
  note: string | null;
  email: string;
  name: string;
  time_zone: string;
}

/** E-mails each planned practice about an hour before it, once, when SMTP_URL is set. */
@Injectable()
export class PracticeReminderMail {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    queue: JobQueue,
    private readonly mail: MailService,
    sweeps: Sweeps,
  ) {
    queue.handle<OrganizationJob>(SEND_PRACTICE_REMINDERS, (job) => this.send(job.organizationId));
    // One job per organization with reminders coming due, per sweep.
    this.sweep = perOrganizationSweep(queue, SEND_PRACTICE_REMINDERS, SWEEP_MS, async () =>
      (await db.dataSource.query<{ id: string }[]>(ORGANIZATIONS_DUE, [LEAD_MINUTES])).map((o) => o.id),
    );
    if (mail.enabled) sweeps.every('practice reminders', SWEEP_MS, this.sweep);
  }

  /** Queues the job of each organization with reminders coming due. */
  readonly sweep: () => Promise<void>;

  /** The organization's reminders coming due (the job's work). */
  async send(organizationId: string): Promise<void> {
    for (const due of await this.db.sql<Due>({ organizationId }, CLAIM, [LEAD_MINUTES])) {
      await this.mail.sendOrWarn({
        to: due.email,
        subject: `Reminder: ${PRACTICE_TITLE.toLowerCase()} at ${due.at.toLocaleTimeString('en-GB', { timeZone: due.time_zone, timeStyle: 'short' })}`,
        text:
          `Hello ${due.name},\n\nYou planned to practise for your interviews on ${localTime(due.at, due.time_zone)}.\n` +
          (due.note ? `\nYour note: ${due.note}\n` : '') +
          `\nOpen the app when you are ready: ${this.config.publicUrl}/\n`,
      });
    }
  }
}
