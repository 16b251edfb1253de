import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Membership } from '../members/membership.entity';
import { Accommodation } from './accommodation.entity';
import { AccommodationsService } from './accommodations.service';
import { AccommodationInput } from './accommodations.inputs';

@Resolver(() => Accommodation)
export class AccommodationsResolver {
  constructor(private readonly service: AccommodationsService) {}

  @Roles(...STAFF)
  @Mutation(() => Accommodation, {
    description: "Grants a candidate extra time and extra realistic sittings (admins, and coaches of the candidate's cohorts).",
  })
  setAccommodation(@Ctx() ctx: RequestContext, @IdArg('memberId') memberId: string, @Args('input') input: AccommodationInput) {
    return this.service.set(ctx, memberId, input);
  }

  @Roles(...STAFF)
  @Mutation(() => Boolean, { description: 'Removes the accommodation; false if there was none.' })
  clearAccommodation(@Ctx() ctx: RequestContext, @IdArg('memberId') memberId: string) {
    return this.service.clear(ctx, memberId);
  }

  @ResolveField(() => Membership, { nullable: true })
  grantedBy(@Ctx() ctx: RequestContext, @Parent() accommodation: Accommodation) {
    return accommodation.grantedById ? ctx.loaders.byId(Membership).load(accommodation.grantedById) : null;
  }
}

@Resolver(() => Membership)
export class MemberAccommodationResolver {
  constructor(private readonly service: AccommodationsService) {}

  @ResolveField(() => Accommodation, {
    nullable: true,
    description: 'Seen by admins, coaches of the candidate and the candidate; null for anyone else.',
  })
  accommodation(@Ctx() ctx: RequestContext, @Parent() member: Membership) {
    return this.service.visible(ctx, member.id);
  }
}
