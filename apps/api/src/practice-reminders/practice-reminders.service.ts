import { Inject, Injectable } from '@nestjs/common';
import { MoreThan } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { notFound } from '../common/app-error';
import { DAY_MS } from '../common/period';
import { CohortsService } from '../cohorts/cohorts.service';
import { PracticeReminder } from './practice-reminder.entity';
import { SchedulePracticeInput } from './practice-reminders.inputs';
import { practiceInPast, practiceTooFarAhead, tooManyReminders } from './practice-reminders.errors';
import { practiceCalendar } from './practice-calendar';

const MAX_DAYS_AHEAD = 365;
/** Upcoming reminders a candidate may have at once: enough to plan weeks ahead, few enough to list whole. */
export const MAX_UPCOMING = 20;

/** Practices candidates plan for themselves; the e-mail before each is PracticeReminderMail's. */
@Injectable()
export class PracticeRemindersService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: Db,
    private readonly cohorts: CohortsService,
  ) {}

  async schedule(ctx: RequestContext, input: SchedulePracticeInput): Promise<PracticeReminder> {
    const now = Date.now();
    if (input.at.getTime() <= now) throw practiceInPast();
    if (input.at.getTime() > now + MAX_DAYS_AHEAD * DAY_MS) throw practiceTooFarAhead(MAX_DAYS_AHEAD);
    const reminders = this.db.scoped(ctx, PracticeReminder);
    if ((await reminders.count({ membershipId: ctx.membershipId, at: MoreThan(new Date(now)) })) >= MAX_UPCOMING) {
      throw tooManyReminders(MAX_UPCOMING);
    }
    const note = input.note?.trim() || null;
    return reminders.save(reminders.create({ membershipId: ctx.membershipId, at: input.at, note, sentAt: null }));
  }

  /** Only the candidate's own: anyone else's id answers NOT_FOUND. */
  async cancel(ctx: RequestContext, id: string): Promise<boolean> {
    const deleted = await this.db.scoped(ctx, PracticeReminder).delete({ id, membershipId: ctx.membershipId });
    if (!deleted) throw notFound('Practice reminder');
    return true;
  }

  /** The caller's upcoming practices, or (`membershipId`) those of a candidate they may see; soonest first. */
  async upcoming(ctx: RequestContext, membershipId?: string, take = MAX_UPCOMING): Promise<PracticeReminder[]> {
    if (membershipId) await this.cohorts.assertCanSeeCandidate(ctx, membershipId);
    return this.db.scoped(ctx, PracticeReminder).find({
      where: { membershipId: membershipId ?? ctx.membershipId, at: MoreThan(new Date()) },
      order: { at: 'ASC', id: 'ASC' },
      take,
    });
  }

  async next(ctx: RequestContext, membershipId?: string): Promise<PracticeReminder | null> {
    const [first] = await this.upcoming(ctx, membershipId, 1);
    return first ?? null;
  }

  /** The reminder's calendar file, with a link to the candidate app. */
  calendar(reminder: PracticeReminder): string {
    return practiceCalendar(reminder, `${this.config.publicUrl}/`);
  }
}
