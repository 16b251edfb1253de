import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../common/id-arg';
import { Ctx, GqlRequest, Public, Req, Roles } from '../common/decorators';
import { ANY_MEMBER, Role } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { InvitationsService } from '../members/invitations.service';
import { InvitationInfo, OrganizationMembership } from '../members/members.types';
import { AuthService } from './auth.service';
import { PasswordsService } from './passwords.service';
import { RefreshCookie, type RefreshCookieJar } from './refresh-cookie';
import {
  AcceptInvitationInput,
  AuthPayload,
  ChangePasswordInput,
  IssuedPasswordReset,
  Me,
  PasswordResetDone,
  RefreshTokenInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignInInput,
} from './auth.types';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly passwords: PasswordsService,
    private readonly invitations: InvitationsService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Throttled per account and per address.' })
  async signIn(
    @Args('input') input: SignInInput,
    @Req() req: GqlRequest,
    @RefreshCookie() cookie: RefreshCookieJar,
  ): Promise<AuthPayload> {
    return cookie.set(await this.auth.signIn(input, req.ip));
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Rotates the refresh token of the input, else of the refresh cookie.' })
  async refreshToken(
    @Args('input', { type: () => RefreshTokenInput, nullable: true }) input: RefreshTokenInput | null,
    @RefreshCookie() cookie: RefreshCookieJar,
  ): Promise<AuthPayload> {
    return cookie.set(await this.auth.refresh(cookie.token(input?.refreshToken)));
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Revokes the refresh token (of the input, else of the refresh cookie) and every rotation of it.',
  })
  signOut(
    @Args('input', { type: () => RefreshTokenInput, nullable: true }) input: RefreshTokenInput | null,
    @RefreshCookie() cookie: RefreshCookieJar,
  ): Promise<boolean> {
    const token = cookie.token(input?.refreshToken);
    cookie.clear();
    return this.auth.signOut(token);
  }

  @Roles(...ANY_MEMBER)
  @Mutation(() => Boolean, {
    description:
      'Signs you out on every device and in every organization of your account: no refresh token of yours works afterwards. Access tokens already issued (this one too) keep working until they expire, within minutes.',
  })
  signOutEverywhere(@Ctx() ctx: RequestContext, @RefreshCookie() cookie: RefreshCookieJar): Promise<boolean> {
    cookie.clear();
    return this.auth.signOutEverywhere(ctx);
  }

  @Public()
  @Query(() => InvitationInfo, {
    description: 'What an invitation link offers; INVALID_TOKEN once it is used, revoked or expired.',
  })
  invitationInfo(@Args('token') token: string): Promise<InvitationInfo> {
    return this.invitations.info(token);
  }

  @Public()
  @Mutation(() => AuthPayload, {
    description:
      'Redeems an invitation link and signs in: with a new password for a new account, else with the current password of the account.',
  })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @Req() req: GqlRequest,
    @RefreshCookie() cookie: RefreshCookieJar,
  ): Promise<AuthPayload> {
    return cookie.set(await this.auth.acceptInvitation(input, req.ip));
  }

  @Roles(...ANY_MEMBER)
  @Mutation(() => OrganizationMembership, { description: 'Accepts an invitation listed in `me { invitations }`.' })
  acceptMyInvitation(@Ctx() ctx: RequestContext, @IdArg('invitationId') invitationId: string) {
    return this.invitations.acceptOwn(ctx.userId, invitationId);
  }

  @Roles(...ANY_MEMBER)
  @Mutation(() => Boolean, { description: 'Declines an invitation listed in `me { invitations }`.' })
  declineInvitation(@Ctx() ctx: RequestContext, @IdArg('invitationId') invitationId: string) {
    return this.invitations.decline(ctx.userId, invitationId);
  }

  @Roles(...ANY_MEMBER)
  @Mutation(() => AuthPayload, { description: 'Act in another organization this person belongs to.' })
  async switchOrganization(
    @Ctx() ctx: RequestContext,
    @IdArg('organizationId') organizationId: string,
    @RefreshCookie() cookie: RefreshCookieJar,
  ): Promise<AuthPayload> {
    return cookie.set(await this.auth.switchOrganization(ctx, organizationId));
  }

  @Roles(...ANY_MEMBER)
  @Query(() => Me)
  me(@Ctx() ctx: RequestContext): Promise<Me> {
    return this.auth.me(ctx);
  }

  @Roles(...ANY_MEMBER)
  @Mutation(() => AuthPayload, {
    description:
      'Sets a new password (knowing the current one). Every other session of this person ends; this one gets new tokens.',
  })
  async changePassword(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ChangePasswordInput,
    @Req() req: GqlRequest,
    @RefreshCookie() cookie: RefreshCookieJar,
  ): Promise<AuthPayload> {
    return cookie.set(await this.passwords.change(ctx, input, req.ip));
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'E-mails a reset link when a mail server is configured and the account exists. Always true: the answer reveals nothing. Without mail, an administrator (issuePasswordReset) or the operator (npm run manage -- reset-password) gives the link.',
  })
  requestPasswordReset(@Args('input') input: RequestPasswordResetInput, @Req() req: GqlRequest): Promise<boolean> {
    return this.passwords.request(input.email, req.ip);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => IssuedPasswordReset, {
    description: 'A reset link for a member: e-mailed to them, or returned when no mail server is configured.',
  })
  issuePasswordReset(@Ctx() ctx: RequestContext, @IdArg('memberId') memberId: string): Promise<IssuedPasswordReset> {
    return this.passwords.issueForMember(ctx, memberId);
  }

  @Public()
  @Mutation(() => PasswordResetDone, {
    description: 'Redeems a reset link: sets the new password and ends every session of the account.',
  })
  async resetPassword(@Args('input') input: ResetPasswordInput): Promise<PasswordResetDone> {
    return { email: await this.passwords.reset(input) };
  }
}
