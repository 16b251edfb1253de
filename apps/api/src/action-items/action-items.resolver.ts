import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg, OptionalIdArg } from '../common/id-arg';
import { ANY_MEMBER, Role, STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Membership } from '../members/membership.entity';
import { ActionItem, ActionItemStatus } from './action-item.entity';
import { ActionItemsService } from './action-items.service';
import { ActionItemListOptions, AddActionItemInput } from './action-items.inputs';
import { ActionItemList, ProposedActionItem } from './action-items.types';

@Resolver(() => ActionItem)
export class ActionItemsResolver {
  constructor(private readonly service: ActionItemsService) {}

  @Roles(...ANY_MEMBER)
  @Query(() => ActionItemList, {
    description:
      "A candidate's own action items, a coach's those of their cohorts' candidates, an admin's all; newest first by default. membershipId: one candidate's.",
  })
  actionItems(
    @Ctx() ctx: RequestContext,
    @OptionalIdArg('membershipId') membershipId?: string,
    @Args('status', { type: () => ActionItemStatus, nullable: true }) status?: ActionItemStatus,
    @Args('options', { nullable: true }) options?: ActionItemListOptions,
  ) {
    return this.service.list(ctx, membershipId, status, options);
  }

  @Roles(...STAFF)
  @Mutation(() => ActionItem, { description: 'A coach adds an action item for a candidate they manage.' })
  addActionItem(@Ctx() ctx: RequestContext, @Args('input') input: AddActionItemInput) {
    return this.service.add(ctx, input);
  }

  @Roles(Role.CANDIDATE)
  @Query(() => [ProposedActionItem], {
    description:
      "Up to three of the AI's suggestions from your completed sitting, most important first, leaving out those kept or dropped and those already on your list.",
  })
  proposedActionItems(@Ctx() ctx: RequestContext, @IdArg('sessionId') sessionId: string) {
    return this.service.proposed(ctx, sessionId);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => ActionItem, {
    description: 'Keeps a suggestion as an open action item; keeping it again returns the same one.',
  })
  keepActionItem(
    @Ctx() ctx: RequestContext,
    @IdArg('sessionId') sessionId: string,
    @IdArg('evaluationId') evaluationId: string,
    @Args('text') text: string,
  ) {
    return this.service.keep(ctx, sessionId, evaluationId, text);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => Boolean, { description: 'Drops a suggestion: it is not proposed again.' })
  dropActionItem(
    @Ctx() ctx: RequestContext,
    @IdArg('sessionId') sessionId: string,
    @IdArg('evaluationId') evaluationId: string,
    @Args('text') text: string,
  ) {
    return this.service.drop(ctx, sessionId, evaluationId, text);
  }

  @Roles(...ANY_MEMBER)
  @Mutation(() => ActionItem, {
    description: 'The candidate ticks an item off (DONE) or opens it again; staff who manage them may too.',
  })
  setActionItemStatus(
    @Ctx() ctx: RequestContext,
    @IdArg() id: string,
    @Args('status', { type: () => ActionItemStatus }) status: ActionItemStatus,
  ) {
    return this.service.setStatus(ctx, id, status);
  }

  @ResolveField(() => Membership, { description: 'The candidate.' })
  candidate(@Ctx() ctx: RequestContext, @Parent() item: ActionItem) {
    return ctx.loaders.byId(Membership).load(item.membershipId);
  }

  @ResolveField(() => Membership, { nullable: true, description: 'The coach who wrote it.' })
  createdBy(@Ctx() ctx: RequestContext, @Parent() item: ActionItem) {
    return item.createdById ? ctx.loaders.byId(Membership).load(item.createdById) : null;
  }
}

@Resolver(() => Membership)
export class MemberActionItemsResolver {
  constructor(private readonly service: ActionItemsService) {}

  @ResolveField(() => Int, {
    description: "Open action items: a candidate's own, and those of candidates the caller manages; 0 for anyone else.",
  })
  openActionItems(@Ctx() ctx: RequestContext, @Parent() member: Membership) {
    return this.service.visibleOpenCount(ctx, member.id);
  }
}
