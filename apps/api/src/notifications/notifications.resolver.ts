import { Args, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { SessionList } from '../sessions/sessions.resolver';
import { CohortAtRisk, Notifications } from './notifications.types';
import { NotificationsService } from './notifications.service';

@Resolver(() => Notifications)
export class NotificationsResolver {
  constructor(private readonly service: NotificationsService) {}

  @Roles(...STAFF)
  @Query(() => Notifications)
  notifications(): Notifications {
    return new Notifications();
  }

  @Roles(...STAFF)
  @Mutation(() => Boolean, {
    description: 'Turns your notification e-mails (review reminders, the weekly at-risk digest) on or off; the new setting.',
  })
  setEmailNotifications(@Ctx() ctx: RequestContext, @Args('enabled') enabled: boolean) {
    return this.service.setEmailEnabled(ctx, enabled);
  }

  @ResolveField(() => SessionList, {
    description: 'Completed sessions of your cohorts with an answer you have not reviewed: the 5 oldest, and how many.',
  })
  awaitingReview(@Ctx() ctx: RequestContext) {
    return this.service.awaitingReview(ctx);
  }

  @ResolveField(() => [CohortAtRisk], { description: 'Admins: cohorts with candidates at risk (5 each). Empty for coaches.' })
  atRisk(@Ctx() ctx: RequestContext) {
    return this.service.atRisk(ctx);
  }

  @ResolveField(() => Boolean, { description: 'Whether these also come by e-mail (when the server sends mail).' })
  emailEnabled(@Ctx() ctx: RequestContext) {
    return this.service.emailEnabled(ctx);
  }
}
