import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Db } from '../database/db.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AppError, ErrorCode, notFound } from '../common/app-error';
import { RequestContext } from '../common/request-context';
import { MembersService } from '../members/members.service';
import { Membership } from '../members/membership.entity';
import { Invitation } from '../members/invitation.entity';
import { User } from '../members/user.entity';
import { JwtService } from './jwt.service';
import { RefreshToken } from './refresh-token.entity';
import { SignInThrottle } from './sign-in-throttle';
import { hashPassword, hashSecret, newSecret, sameSecret, verifyPassword } from './secrets';
import { AcceptInvitationInput, AuthPayload, Me, SignInInput } from './auth.types';

const unauthenticated = (reason: string, message: string) => new AppError(ErrorCode.UNAUTHENTICATED, reason, message);
const badCredentials = () => unauthenticated('INVALID_CREDENTIALS', 'Wrong e-mail or password');
const badToken = () => unauthenticated('INVALID_TOKEN', 'This link or token is invalid or has expired');

/** Splits "<id>.<secret>" tokens; the id finds the row, the secret is checked against its hash. */
function parseToken(token: string): { id: string; secret: string } | null {
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{20,100})$/.exec(token.trim());
  return match ? { id: match[1], secret: match[2] } : null;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly jwt: JwtService,
    private readonly throttle: SignInThrottle,
    private readonly members: MembersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signIn(input: SignInInput, address: string): Promise<AuthPayload> {
    this.throttle.assertAllowed(input.email, address);
    const user = await this.members.findUserByEmail(input.email);
    if (!(await verifyPassword(user?.passwordHash ?? null, input.password)) || !user) {
      this.throttle.recordFailure(input.email, address);
      throw badCredentials();
    }
    const organizations = await this.members.organizationsOf(user.id);
    const chosen = input.organizationId ? organizations.find((o) => o.organizationId === input.organizationId) : organizations[0];
    if (!chosen) {
      this.throttle.recordFailure(input.email, address);
      throw badCredentials();
    }
    this.throttle.recordSuccess(input.email);
    return this.issue({ id: chosen.membershipId, userId: user.id, organizationId: chosen.organizationId, role: chosen.role });
  }

  /** Rotates a refresh token. A token used twice means it leaked: its whole family is revoked. */
  async refresh(token: string): Promise<AuthPayload> {
    const parsed = parseToken(token);
    if (!parsed) throw badToken();
    type Outcome = { payload: AuthPayload } | { reusedFamily: string } | null;
    const outcome = await this.db.transaction(async (): Promise<Outcome> => {
      const tokens = this.db.global(RefreshToken);
      const row = await tokens.findOne({ where: { id: parsed.id }, lock: { mode: 'pessimistic_write' } });
      if (!row || !sameSecret(row.secretHash, hashSecret(parsed.secret))) return null;
      if (row.usedAt || row.revokedAt) return { reusedFamily: row.familyId };
      if (row.expiresAt.getTime() < Date.now()) return null;
      await tokens.update({ id: row.id }, { usedAt: new Date() });
      const member = await this.db.global(Membership).findOne({ where: { id: row.membershipId } });
      return member ? { payload: await this.issue(member, row.familyId) } : null;
    });
    if (outcome && 'reusedFamily' in outcome) await this.revokeFamily(outcome.reusedFamily);
    if (!outcome || !('payload' in outcome)) throw badToken();
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

  private async revokeFamily(familyId: string): Promise<void> {
    await this.db.global(RefreshToken).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  async switchOrganization(ctx: RequestContext, organizationId: string): Promise<AuthPayload> {
    const member = await this.db.global(Membership).findOne({ where: { userId: ctx.userId, organizationId } });
    if (!member) throw notFound('Organization');
    return this.issue(member);
  }

  /** Sets the password of a person who has none yet, and signs them in. */
  async acceptInvitation(input: AcceptInvitationInput): Promise<AuthPayload> {
    const parsed = parseToken(input.token);
    if (!parsed) throw badToken();
    const member = await this.db.transaction(async () => {
      const invitation = await this.db
        .global(Invitation)
        .findOne({ where: { id: parsed.id }, lock: { mode: 'pessimistic_write' } });
      if (
        !invitation ||
        !sameSecret(invitation.secretHash, hashSecret(parsed.secret)) ||
        invitation.acceptedAt ||
        invitation.expiresAt.getTime() < Date.now()
      ) {
        throw badToken();
      }
      await this.db.global(Invitation).update({ id: invitation.id }, { acceptedAt: new Date() });
      const users = this.db.global(User);
      const user = await users.findOneOrFail({ where: { email: invitation.email } });
      // Someone who already set a password elsewhere keeps it: an invitation never resets a password.
      if (!user.passwordHash) await users.update({ id: user.id }, { passwordHash: await hashPassword(input.password) });
      const membership = await this.db.global(Membership).findOne({
        where: { userId: user.id, organizationId: invitation.organizationId },
      });
      if (!membership) throw badToken();
      return membership;
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
    };
  }

  private async issue(
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
      refreshToken: `${token.id}.${secret}`,
      organizationId: member.organizationId,
      role: member.role,
    };
  }
}
