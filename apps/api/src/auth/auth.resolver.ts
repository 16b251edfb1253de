import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../common/id-arg';
import { Ctx, GqlRequest, Public, Req, Roles } from '../common/decorators';
import { ANY_MEMBER } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { AuthService } from './auth.service';
import { RefreshCookie, type RefreshCookieJar } from './refresh-cookie';
import { AcceptInvitationInput, AuthPayload, Me, RefreshTokenInput, SignInInput } from './auth.types';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

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

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sets a password from an invitation link and signs in.' })
  async acceptInvitation(
    @Args('input') input: AcceptInvitationInput,
    @RefreshCookie() cookie: RefreshCookieJar,
  ): Promise<AuthPayload> {
    return cookie.set(await this.auth.acceptInvitation(input));
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
}
