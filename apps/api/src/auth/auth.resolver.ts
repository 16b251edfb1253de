import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdArg } from '../common/id-arg';
import { Ctx, GqlRequest, Public, Req, Roles } from '../common/decorators';
import { ANY_MEMBER } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { AuthService } from './auth.service';
import { AcceptInvitationInput, AuthPayload, Me, RefreshTokenInput, SignInInput } from './auth.types';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Throttled per account and per address.' })
  signIn(@Args('input') input: SignInInput, @Req() req: GqlRequest): Promise<AuthPayload> {
    return this.auth.signIn(input, req.ip);
  }

  @Public()
  @Mutation(() => AuthPayload)
  refreshToken(@Args('input') input: RefreshTokenInput): Promise<AuthPayload> {
    return this.auth.refresh(input.refreshToken);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Revokes the refresh token and every rotation of it.' })
  signOut(@Args('input') input: RefreshTokenInput): Promise<boolean> {
    return this.auth.signOut(input.refreshToken);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Sets a password from an invitation link and signs in.' })
  acceptInvitation(@Args('input') input: AcceptInvitationInput): Promise<AuthPayload> {
    return this.auth.acceptInvitation(input);
  }

  @Roles(...ANY_MEMBER)
  @Mutation(() => AuthPayload, { description: 'Act in another organization this person belongs to.' })
  switchOrganization(@Ctx() ctx: RequestContext, @IdArg('organizationId') organizationId: string): Promise<AuthPayload> {
    return this.auth.switchOrganization(ctx, organizationId);
  }

  @Roles(...ANY_MEMBER)
  @Query(() => Me)
  me(@Ctx() ctx: RequestContext): Promise<Me> {
    return this.auth.me(ctx);
  }
}
