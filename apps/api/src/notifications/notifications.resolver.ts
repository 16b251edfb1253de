import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { ANY_MEMBER } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { SessionList } from '../sessions/sessions.resolver';
import { AssignmentNotice, CohortAtRisk, Notifications, ReviewNotice } from './notifications.types';
import { NotificationsService } from './notifications.service';
import { CandidateNotificationsService } from './candidate-notifications.service';

@Resolver(() => Notifications)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly candidates: CandidateNotificationsService,
  ) {}

  @Roles(...ANY_MEMBER)
  @Query(() => Notifications)
  notifications(): Notifications {
    return new Notifications();
  }

  @Roles(...ANY_MEMBER)
  @Mutation(() => Boolean, {
    description:
      'Turns your notification e-mails on or off (staff: review reminders, the weekly at-risk digest; candidates: reviews, assignments due, planned practice); the new setting.',
  })
  setEmailNotifications(@Ctx() ctx: RequestContext, @Args('enabled') enabled: boolean) {
    return this.service.setEmailEnabled(ctx, enabled);
  }

  @ResolveField(() => SessionList, {
    description:
      'Completed sessions of your cohorts with an answer you have not reviewed: the 5 oldest, and how many. Empty for candidates.',
  })
  awaitingReview(@Ctx() ctx: RequestContext) {
    return this.service.awaitingReview(ctx);
  }

  @ResolveField(() => [CohortAtRisk], { description: 'Admins: cohorts with candidates at risk (5 each). Empty for others.' })
  atRisk(@Ctx() ctx: RequestContext) {
    return this.service.atRisk(ctx);
  }

  @ResolveField(() => [AssignmentNotice], {
    description:
      'Candidates: assignments given to you in the last 14 days and not started, newest first (20 at most). Empty for staff.',
  })
  newAssignments(@Ctx() ctx: RequestContext) {
    return this.candidates.newAssignments(ctx);
  }

  @ResolveField(() => [AssignmentNotice], {
    description:
      'Candidates: your assignments not completed that are due in the next 72 hours or overdue, soonest due first (20 at most). Empty for staff.',
  })
  dueSoon(@Ctx() ctx: RequestContext) {
    return this.candidates.dueSoon(ctx);
  }

  @ResolveField(() => [ReviewNotice], {
    description:
      "Candidates: coaches' reviews of your answers in the last 14 days, per session and coach, latest first (20 at most); none of a realistic session still in progress. Empty for staff.",
  })
  reviewsPosted(@Ctx() ctx: RequestContext) {
    return this.candidates.reviewsPosted(ctx);
  }

  @ResolveField(() => Boolean, { description: 'Whether these also come by e-mail (when the server sends mail).' })
  emailEnabled(@Ctx() ctx: RequestContext) {
    return this.service.emailEnabled(ctx);
  }
}
