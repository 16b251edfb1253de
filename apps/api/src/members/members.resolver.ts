import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { Role, STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Membership } from './membership.entity';
import { MembersService } from './members.service';
import { InviteMemberInput, MemberListOptions } from './members.inputs';
import { InvitePayload, MemberList } from './members.types';

@Resolver(() => Membership)
export class MembersResolver {
  constructor(private readonly service: MembersService) {}

  @Roles(...STAFF)
  @Query(() => MemberList)
  members(@Ctx() ctx: RequestContext, @Args('options', { nullable: true }) options?: MemberListOptions) {
    return this.service.list(ctx, options);
  }

  @Roles(...STAFF)
  @Query(() => Membership)
  member(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.get(ctx, id);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => InvitePayload, { description: 'Adds a person; sends (or returns) a link to set a password.' })
  inviteMember(@Ctx() ctx: RequestContext, @Args('input') input: InviteMemberInput) {
    return this.service.invite(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Membership)
  updateMemberRole(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('role', { type: () => Role }) role: Role) {
    return this.service.updateRole(ctx, id, role);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean)
  removeMember(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.remove(ctx, id);
  }

  @ResolveField(() => String)
  async email(@Ctx() ctx: RequestContext, @Parent() member: Membership): Promise<string> {
    return (await ctx.loaders.user().load(member.userId))!.email;
  }

  @ResolveField(() => String)
  async name(@Ctx() ctx: RequestContext, @Parent() member: Membership): Promise<string> {
    return (await ctx.loaders.user().load(member.userId))!.name;
  }
}
