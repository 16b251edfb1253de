import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { Role, STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Membership } from './membership.entity';
import { Invitation, invitationStatus, InvitationStatus } from './invitation.entity';
import { MembersService } from './members.service';
import { InvitationsService } from './invitations.service';
import { InviteMemberInput, MemberListOptions } from './members.inputs';
import { InvitePayload, MemberList } from './members.types';

@Resolver(() => Membership)
export class MembersResolver {
  constructor(
    private readonly service: MembersService,
    private readonly invitations: InvitationsService,
  ) {}

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
  @Mutation(() => InvitePayload, {
    description:
      'Invites a person as a pending member: the link is e-mailed, or returned when no mail server is set. The same answer whoever the e-mail belongs to.',
  })
  inviteMember(@Ctx() ctx: RequestContext, @Args('input') input: InviteMemberInput) {
    return this.invitations.invite(ctx, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => InvitePayload, { description: 'A new link for a member still invited; the earlier link stops working.' })
  resendInvitation(@Ctx() ctx: RequestContext, @IdArg('memberId') memberId: string) {
    return this.invitations.resend(ctx, memberId);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Membership)
  updateMemberRole(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('role', { type: () => Role }) role: Role) {
    return this.service.updateRole(ctx, id, role);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      'Deactivates a member (they can no longer sign in here; their sessions, answers and reviews are kept). A member still invited is removed with the invitation. Invite them again to bring them back.',
  })
  removeMember(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.remove(ctx, id);
  }

  @ResolveField(() => String)
  async email(@Ctx() ctx: RequestContext, @Parent() member: Membership): Promise<string> {
    return (await ctx.loaders.user().load(member.userId))!.email;
  }

  @ResolveField(() => String, { description: "The person's name once they joined; the name they were invited under until then." })
  async name(@Ctx() ctx: RequestContext, @Parent() member: Membership): Promise<string> {
    if (!member.joinedAt) {
      const invitation = await this.latestInvitation(ctx, member);
      if (invitation) return invitation.name;
    }
    return (await ctx.loaders.user().load(member.userId))!.name;
  }

  @ResolveField(() => Date, {
    nullable: true,
    description:
      'When they last signed in or used the app here (to within the access token lifetime). Admins see it for everyone, coaches for the candidates of their cohorts; null for anyone else.',
  })
  lastActiveAt(@Ctx() ctx: RequestContext, @Parent() member: Membership): Promise<Date | null> {
    return this.service.lastActiveAt(ctx, member.id);
  }

  @ResolveField(() => Invitation, { nullable: true, description: 'The latest invitation (staff only).' })
  async invitation(@Ctx() ctx: RequestContext, @Parent() member: Membership): Promise<Invitation | null> {
    return ctx.role === Role.CANDIDATE ? null : this.latestInvitation(ctx, member);
  }

  private async latestInvitation(ctx: RequestContext, member: Membership): Promise<Invitation | null> {
    const invitations = await ctx.loaders.manyBy(Invitation, 'membershipId', { createdAt: 'DESC' }).load(member.id);
    return invitations[0] ?? null;
  }
}

@Resolver(() => Invitation)
export class InvitationFieldsResolver {
  @ResolveField(() => InvitationStatus)
  status(@Parent() invitation: Invitation): InvitationStatus {
    return invitationStatus(invitation);
  }
}
