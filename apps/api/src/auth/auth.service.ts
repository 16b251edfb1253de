import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Db } from '../database/db.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AppError, ErrorCode, notFound } from '../common/app-error';
import { RequestContext } from '../common/request-context';
import { MembersService } from '../members/members.service';
import { InvitationsService } from '../members/invitations.service';
import { Membership, MemberStatus } from '../members/membership.entity';
import { User } from '../members/user.entity';
import { signInToAccept, invalidLink } from '../members/members.errors';
import { JwtService } from './jwt.service';
import { RefreshToken } from './refresh-token.entity';
import { SignInThrottle } from './sign-in-throttle';
import { formatToken, hashPassword, hashSecret, newSecret, parseToken, sameSecret, verifyPassword } from './secrets';
import { AcceptInvitationInput, AuthPayload, Me, SignInInput } from './auth.types';

const badCredentials = () => new AppError(ErrorCode.UNAUTHENTICATED, 'INVALID_CREDENTIALS', 'Wrong e-mail or password');
const noOrganization = () =>
  new AppError(
    ErrorCode.UNAUTHENTICATED,
    'NO_ACTIVE_MEMBERSHIP',
    'Your account is not active in any organization: open the invitation link you were sent, or ask an administrator',
  );

@Injectable()
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly jwt: JwtService,
    private readonly throttle: SignInThrottle,
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks a person's password, counting the attempt first (throttled per account and address). Unknown
   * people and wrong passwords answer alike, in the same time.
   */
  async checkPassword(email: string, password: string, address: string): Promise<User> {
    await this.throttle.attempt(email, address);
    const user = await this.members.findUserByEmail(email);
    if (!(await verifyPassword(user?.passwordHash ?? null, password)) || !user) throw badCredentials();
    await this.throttle.succeeded(email, address);
    return user;
  }

  async signIn(input: SignInInput, address: string): Promise<AuthPayload> {
    const user = await this.checkPassword(input.email, input.password, address);
    const organizations = await this.members.organizationsOf(user.id);
    if (!organizations.length) throw noOrganization();
    const chosen = input.organizationId ? organizations.find((o) => o.organizationId === input.organizationId) : organizations[0];
    if (!chosen) throw notFound('Organization');
    return this.issue({ id: chosen.membershipId, userId: user.id, organizationId: chosen.organizationId, role: chosen.role });
  }

  /** Rotates a refresh token. A token used twice means it leaked: its whole family is revoked. */
  async refresh(token: string): Promise<AuthPayload> {
    const parsed = parseToken(token);
    if (!parsed) throw invalidLink();
    type Outcome = { payload: AuthPayload } | { reusedFamily: string } | null;
    const outcome = await this.db.transaction(async (): Promise<Outcome> => {
      const tokens = this.db.global(RefreshToken);
      const row = await tokens.findOne({ where: { id: parsed.id }, lock: { mode: 'pessimistic_write' } });
      if (!row || !sameSecret(row.secretHash, hashSecret(parsed.secret))) return null;
      if (row.usedAt || row.revokedAt) return { reusedFamily: row.familyId };
      if (row.expiresAt.getTime() < Date.now()) return null;
      await tokens.update({ id: row.id }, { usedAt: new Date() });
      const member = await this.db.global(Membership).findOne({ where: { id: row.membershipId } });
      return member?.status === MemberStatus.ACTIVE ? { payload: await this.issue(member, row.familyId) } : null;
    });
    if (outcome && 'reusedFamily' in outcome) await this.revokeFamily(outcome.reusedFamily);
    if (!outcome || !('payload' in outcome)) throw invalidLink();
    return outcome.payload;
  }

  async signOut(token: string): Promise<boolean> {
    const parsed = parseToken(token);
    if (!parsed) return false;
    const tokens = this.db.global(RefreshToken);
    const row = await tokens.findOne({ where: { id: parsed.id } });
    if (!row || !sameSecret(row.secretHash, hashSecret(parsed.secret))) return false;
    await this.revokeFamily(row.familyId);
    return true;
  }

  /** Revokes every refresh token of the person, in all their organizations (an account is global). */
  async signOutEverywhere(ctx: RequestContext): Promise<boolean> {
    await this.members.revokeTokens({ userId: ctx.userId });
    return true;
  }

  private async revokeFamily(familyId: string): Promise<void> {
    await this.db.global(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async switchOrganization(ctx: RequestContext, organizationId: string): Promise<AuthPayload> {
    const member = await this.db
      .global(Membership)
      .findOne({ where: { userId: ctx.userId, organizationId, status: MemberStatus.ACTIVE } });
    if (!member) throw notFound('Organization');
    return this.issue(member);
  }

  /**
   * Redeems an invitation link. A new account sets its password here (when the link may: see
   * InvitationsService.maySetPassword); an existing account proves it is theirs with its password.
   */
  async acceptInvitation(input: AcceptInvitationInput, address: string): Promise<AuthPayload> {
    const member = await this.db.transaction(async () => {
      const redeemable = await this.invitations.lockPending(input.token);
      const { user } = redeemable;
      if (await this.invitations.maySetPassword(redeemable)) {
        await this.db.global(User).update({ id: user.id }, { passwordHash: await hashPassword(input.password) });
      } else if (!user.passwordHash) {
        throw signInToAccept();
      } else {
        await this.checkPassword(user.email, input.password, address);
      }
      return this.invitations.markAccepted(redeemable);
    });
    return this.issue(member);
  }

  async me(ctx: RequestContext): Promise<Me> {
    const user = await this.db.global(User).findOneByOrFail({ id: ctx.userId });
    const organizations = await this.members.organizationsOf(ctx.userId);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      memberId: ctx.membershipId,
      role: ctx.role,
      organizationId: ctx.organizationId,
      organizations: organizations.map(({ organizationId, organizationName, role }) => ({
        organizationId,
        organizationName,
        role,
      })),
      invitations: await this.invitations.pendingFor(ctx.userId),
    };
  }

  /** A new sign-in (refresh token family) for a membership. */
  async issue(
    member: Pick<Membership, 'id' | 'userId' | 'organizationId' | 'role'>,
    familyId: string = randomUUID(),
  ): Promise<AuthPayload> {
    const secret = newSecret();
    const token = await this.db.global(RefreshToken).save({
      membershipId: member.id,
      familyId,
      secretHash: hashSecret(secret),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlSeconds * 1000),
      usedAt: null,
      revokedAt: null,
    });
    return {
      accessToken: this.jwt.sign({ sub: member.userId, org: member.organizationId, mid: member.id, role: member.role }),
      expiresIn: this.config.accessTokenTtlSeconds,
      refreshToken: formatToken(token.id, secret),
      organizationId: member.organizationId,
      role: member.role,
    };
  }
}
