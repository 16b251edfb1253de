import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg, OptionalIdArg } from '../common/id-arg';
import { ANY_MEMBER, Role } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { PracticeReminder } from './practice-reminder.entity';
import { PracticeRemindersService, MAX_UPCOMING } from './practice-reminders.service';
import { SchedulePracticeInput } from './practice-reminders.inputs';

const WHOSE = "A candidate's member id, for staff who manage them; none: your own.";

@Resolver(() => PracticeReminder)
export class PracticeRemindersResolver {
  constructor(private readonly service: PracticeRemindersService) {}

  @Roles(Role.CANDIDATE)
  @Mutation(() => PracticeReminder, {
    description: `Plans your next practice (at most ${MAX_UPCOMING} upcoming): a reminder in the app, a calendar file (ics) and, when the server sends mail and your notification e-mails are on, an e-mail about an hour before.`,
  })
  schedulePractice(@Ctx() ctx: RequestContext, @Args('input') input: SchedulePracticeInput) {
    return this.service.schedule(ctx, input);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => Boolean, { description: 'Cancels one of your planned practices (and its e-mail).' })
  cancelPracticeReminder(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.cancel(ctx, id);
  }

  @Roles(...ANY_MEMBER)
  @Query(() => [PracticeReminder], { description: 'Planned practices still to come, soonest first.' })
  practiceReminders(@Ctx() ctx: RequestContext, @OptionalIdArg('membershipId', WHOSE) membershipId?: string) {
    return this.service.upcoming(ctx, membershipId);
  }

  @Roles(...ANY_MEMBER)
  @Query(() => PracticeReminder, { nullable: true, description: 'The next planned practice; null when none is planned.' })
  nextPracticeReminder(@Ctx() ctx: RequestContext, @OptionalIdArg('membershipId', WHOSE) membershipId?: string) {
    return this.service.next(ctx, membershipId);
  }

  @ResolveField(() => String, {
    description:
      'The practice as an iCalendar file (text/calendar): 30 minutes in UTC, an alarm 15 minutes before, the note and a link to the app.',
  })
  ics(@Parent() reminder: PracticeReminder) {
    return this.service.calendar(reminder);
  }
}
