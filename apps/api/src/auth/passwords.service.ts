import { Inject, Injectable, Logger } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { Db } from '../database/db.service';
import { APP_CONFIG, AppConfig } from '../config/config';
import { AppError, ErrorCode } from '../common/app-error';
import { RequestContext } from '../common/request-context';
import { MailService } from '../mail/mail.service';
import { MembersService } from '../members/members.service';
import { MemberStatus } from '../members/membership.entity';
import { User } from '../members/user.entity';
import { invalidLink } from '../members/members.errors';
import { AuthService } from './auth.service';
import { SignInThrottle } from './sign-in-throttle';
import { PasswordReset, PasswordResetChannel } from './password-reset.entity';
import { formatToken, hashPassword, hashSecret, newSecret, parseToken, sameSecret } from './secrets';
import { AuthPayload, ChangePasswordInput, IssuedPasswordReset, ResetPasswordInput } from './auth.types';

/**
 * Changing a password (knowing the current one) and resetting a forgotten one through a one-time link:
 * e-mailed to the person, handed to an admin of their only organization, or printed for the operator.
 * Either way every session (refresh token) of the person ends.
 */
@Injectable()
export class PasswordsService {
  private readonly logger = new Logger(PasswordsService.name);

  constructor(
    private readonly db: Db,
    private readonly auth: AuthService,
    private readonly members: MembersService,
    private readonly throttle: SignInThrottle,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Sets a new password; every other session ends, this one goes on with new tokens. */
  async change(ctx: RequestContext, input: ChangePasswordInput, address: string): Promise<AuthPayload> {
    const user = await this.db.global(User).findOneByOrFail({ id: ctx.userId });
    await this.auth.checkPassword(user.email, input.currentPassword, address);
    await this.setPassword(user.id, input.newPassword);
    return this.auth.issue({ id: ctx.membershipId, userId: ctx.userId, organizationId: ctx.organizationId, role: ctx.role });
  }

  /**
   * "Forgot password": e-mails a link when a mail server is configured and the account exists. The
   * answer is the same either way, and asking is throttled like signing in.
   */
  async request(email: string, address: string): Promise<boolean> {
    await this.throttle.attempt(email, address);
    const user = await this.members.findUserByEmail(email);
    if (user && this.mail.enabled) await this.mailLink(user);
    return true;
  }

  /**
   * An admin's reset for a member who has joined: e-mailed when a mail server is configured, else
   * returned as a link that works only while the account belongs to this organization alone.
   */
  async issueForMember(ctx: RequestContext, memberId: string): Promise<IssuedPasswordReset> {
    const member = await this.members.get(ctx, memberId);
    if (member.status === MemberStatus.INVITED) {
      throw new AppError(ErrorCode.CONFLICT, 'NOT_JOINED', 'This person has not joined yet: resend the invitation instead');
    }
    const user = await this.db.global(User).findOneByOrFail({ id: member.userId });
    if (this.mail.enabled && (await this.mailLink(user))) return { emailed: true, resetUrl: null };
    return { emailed: false, resetUrl: await this.link(user.id, PasswordResetChannel.ADMIN_LINK, ctx.organizationId) };
  }

  /** The operator's reset link (`npm run manage -- reset-password`): any account. */
  async issueForOperator(email: string): Promise<string> {
    const user = await this.members.findUserByEmail(email);
    if (!user) throw new AppError(ErrorCode.NOT_FOUND, 'USER_NOT_FOUND', `No account has the e-mail ${email}`);
    return this.link(user.id, PasswordResetChannel.OPERATOR, null);
  }

  /** Redeems a reset link: the new password is set and every session of the person ends. */
  async reset(input: ResetPasswordInput): Promise<string> {
    const parsed = parseToken(input.token);
    if (!parsed) throw invalidLink();
    return this.db.transaction(async () => {
      const resets = this.db.global(PasswordReset);
      const reset = await resets.findOne({ where: { id: parsed.id }, lock: { mode: 'pessimistic_write' } });
      if (
        !reset ||
        !sameSecret(reset.secretHash, hashSecret(parsed.secret)) ||
        reset.usedAt ||
        reset.expiresAt.getTime() < Date.now()
      ) {
        throw invalidLink();
      }
      // An admin's link must not open an account another organization shares (or has invited).
      if (reset.issuedByOrganizationId && (await this.members.belongsElsewhere(reset.userId, reset.issuedByOrganizationId))) {
        throw invalidLink();
      }
      await this.setPassword(reset.userId, input.newPassword);
      return (await this.db.global(User).findOneByOrFail({ id: reset.userId })).email;
    });
  }

  /** Sets the password, spends every reset link of the person and ends all their sessions. */
  private async setPassword(userId: string, password: string): Promise<void> {
    await this.db.transaction(async () => {
      await this.db.global(User).update({ id: userId }, { passwordHash: await hashPassword(password) });
      await this.db.global(PasswordReset).update({ userId, usedAt: IsNull() }, { usedAt: new Date() });
      await this.members.revokeTokens({ userId });
    });
  }

  private async link(userId: string, channel: PasswordResetChannel, organizationId: string | null): Promise<string> {
    const secret = newSecret();
    const reset = await this.db.global(PasswordReset).save({
      userId,
      channel,
      issuedByOrganizationId: organizationId,
      secretHash: hashSecret(secret),
      expiresAt: new Date(Date.now() + this.config.passwordResetTtlMinutes * 60_000),
      usedAt: null,
    });
    return `${this.config.publicUrl}/reset-password#token=${formatToken(reset.id, secret)}`;
  }

  private async mailLink(user: User): Promise<boolean> {
    const url = await this.link(user.id, PasswordResetChannel.EMAIL, null);
    return this.mail
      .send({
        to: user.email,
        subject: 'Reset your password',
        text: `Hello ${user.name},\n\nSomeone (hopefully you) asked to reset your password. Choose a new one here (the link expires in ${this.config.passwordResetTtlMinutes} minutes):\n${url}\n\nIf it was not you, ignore this e-mail: your password stays as it is.\n`,
      })
      .catch((error: Error) => {
        this.logger.error(`Password reset mail not sent: ${error.message}`);
        return false;
      });
  }
}
