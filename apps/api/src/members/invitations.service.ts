import { Inject, Injectable, Logger } from '@nestjs/common';
import { IsNull, MoreThan } from 'typeorm';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { notFound } from '../common/app-error';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MailService } from '../mail/mail.service';
import { Organization } from '../organizations/organization.entity';
import { formatToken, hashSecret, newSecret, parseToken, sameSecret } from '../auth/secrets';
import { User } from './user.entity';
import { Membership, MemberStatus } from './membership.entity';
import { Invitation, InvitationDelivery, invitationStatus, InvitationStatus } from './invitation.entity';
import { MembersService, NewPerson } from './members.service';
import { normalizedEmail } from './members.inputs';
import { InvitationInfo, InvitePayload, OrganizationMembership, PendingInvitation } from './members.types';
import { alreadyMember, invalidLink, notPending } from './members.errors';

/** An invitation written in a transaction, with the secret only its link carries; delivered after commit. */
export interface IssuedInvitation {
  invitation: Invitation;
  secret: string;
}

export interface DeliveredInvitation {
  invitation: Invitation;
  /** Null when it was e-mailed: then only the person holds the link. */
  url: string | null;
}

/** An invitation being redeemed, locked in the caller's transaction. */
export interface RedeemableInvitation {
  invitation: Invitation;
  member: Membership;
  user: User;
}

/**
 * Invitations to join an organization. People are global, so an invitation never hands the inviting
 * admin a way into an account another organization shares: the admin always gets the same answer
 * (a link when no mail server is set), a link handed to the admin sets a password only for an account
 * that never had one and belongs nowhere else, and anyone else signs in as themselves to accept.
 */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    private readonly db: Db,
    private readonly members: MembersService,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Invites one person (an admin's action); someone already a member here is a CONFLICT. */
  async invite(ctx: RequestContext, person: NewPerson): Promise<InvitePayload> {
    const issued = await this.db.transaction(async () => {
      const user = await this.members.findOrCreateUser(person.email, person.name);
      const existing = await this.db.scoped(ctx, Membership).findOne({ where: { userId: user.id } });
      if (existing?.status === MemberStatus.ACTIVE) throw alreadyMember(user.email);
      const member = await this.makePending(ctx, user, person.role, existing);
      return this.issue(ctx, member, person, ctx.membershipId);
    });
    const [delivered] = await this.deliver(ctx, [issued]);
    return this.payload(ctx, delivered);
  }

  /** A new link for someone still invited; the earlier one stops working. */
  async resend(ctx: RequestContext, memberId: string): Promise<InvitePayload> {
    const issued = await this.db.transaction(async () => {
      const member = await this.members.get(ctx, memberId);
      if (member.status !== MemberStatus.INVITED) throw notPending();
      const [latest] = await this.db
        .scoped(ctx, Invitation)
        .find({ where: { membershipId: member.id }, order: { createdAt: 'DESC' }, take: 1 });
      const user = await this.db.global(User).findOneByOrFail({ id: member.userId });
      return this.issue(ctx, member, { email: user.email, name: latest?.name ?? user.name }, ctx.membershipId);
    });
    const [delivered] = await this.deliver(ctx, [issued]);
    return this.payload(ctx, delivered);
  }

  private async payload(ctx: RequestContext, delivered: DeliveredInvitation): Promise<InvitePayload> {
    const member = await this.members.get(ctx, delivered.invitation.membershipId);
    return { member, invitation: delivered.invitation, invitationUrl: delivered.url, emailed: delivered.url === null };
  }

  /**
   * The person as a pending member: new here, or removed earlier and invited again, with `role`.
   * Someone invited already stays invited with the new role; an active member is returned unchanged.
   */
  async makePending(ctx: { organizationId: string }, user: User, role: Role, existing?: Membership | null): Promise<Membership> {
    const memberships = this.db.scoped(ctx, Membership);
    if (existing?.status === MemberStatus.ACTIVE) return existing;
    if (existing) {
      await memberships.update({ id: existing.id }, { status: MemberStatus.INVITED, role });
      return { ...existing, status: MemberStatus.INVITED, role };
    }
    return memberships.save(memberships.create({ userId: user.id, role, status: MemberStatus.INVITED, joinedAt: null }));
  }

  /**
   * Writes a new invitation for a pending member (the earlier ones are revoked), in the caller's
   * transaction. It is e-mailed when a mail server is configured; `deliver` sends it after commit.
   */
  async issue(
    ctx: { organizationId: string },
    member: Membership,
    person: { email: string; name: string },
    invitedById: string | null,
    delivery = this.mail.enabled ? InvitationDelivery.EMAIL : InvitationDelivery.LINK,
  ): Promise<IssuedInvitation> {
    const invitations = this.db.scoped(ctx, Invitation);
    await invitations.update(
      { membershipId: member.id, acceptedAt: IsNull(), declinedAt: IsNull(), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
    const secret = newSecret();
    const invitation = await invitations.save(
      invitations.create({
        membershipId: member.id,
        email: normalizedEmail(person.email),
        name: person.name.trim(),
        secretHash: hashSecret(secret),
        delivery,
        expiresAt: new Date(Date.now() + this.config.invitationTtlHours * 3_600_000),
        acceptedAt: null,
        declinedAt: null,
        revokedAt: null,
        invitedById,
      }),
    );
    return { invitation, secret };
  }

  urlOf(issued: IssuedInvitation): string {
    return `${this.config.publicUrl}/accept-invitation#token=${formatToken(issued.invitation.id, issued.secret)}`;
  }

  /**
   * After commit: e-mails each invitation meant to be e-mailed; one that cannot be sent becomes a link
   * for the admin (and is marked so, since its holder is then not proven to be the person).
   */
  async deliver(ctx: { organizationId: string }, issued: IssuedInvitation[]): Promise<DeliveredInvitation[]> {
    if (!issued.length) return [];
    const organization = await this.db.global(Organization).findOneByOrFail({ id: ctx.organizationId });
    const delivered: DeliveredInvitation[] = [];
    for (const item of issued) {
      const { invitation } = item;
      const url = this.urlOf(item);
      const emailed =
        invitation.delivery === InvitationDelivery.EMAIL &&
        (await this.mail
          .send({
            to: invitation.email,
            subject: `You are invited to ${organization.name}`,
            text: `Hello ${invitation.name},\n\nYou have been invited to join ${organization.name} on its mock-interview platform.\nAccept here (the link expires in ${this.config.invitationTtlHours} hours):\n${url}\n`,
          })
          .catch((error: Error) => {
            this.logger.error(`Invitation ${invitation.id}: mail not sent (${error.message}); the link is returned instead`);
            return false;
          }));
      if (!emailed && invitation.delivery === InvitationDelivery.EMAIL) {
        invitation.delivery = InvitationDelivery.LINK;
        await this.db.scoped(ctx, Invitation).update({ id: invitation.id }, { delivery: InvitationDelivery.LINK });
      }
      this.logger.log(`Invitation ${invitation.id} ${emailed ? 'e-mailed' : 'returned as a link'}`);
      delivered.push({ invitation, url: emailed ? null : url });
    }
    return delivered;
  }

  /** The pending invitation behind a link, its member and person, locked for the caller's transaction. */
  async lockPending(token: string): Promise<RedeemableInvitation> {
    const parsed = parseToken(token);
    if (!parsed) throw invalidLink();
    const invitation = await this.db
      .global(Invitation)
      .findOne({ where: { id: parsed.id }, lock: { mode: 'pessimistic_write' } });
    if (
      !invitation ||
      !sameSecret(invitation.secretHash, hashSecret(parsed.secret)) ||
      invitationStatus(invitation) !== InvitationStatus.PENDING
    ) {
      throw invalidLink();
    }
    const member = await this.db.global(Membership).findOneBy({ id: invitation.membershipId });
    if (!member || member.status !== MemberStatus.INVITED) throw invalidLink();
    const user = await this.db.global(User).findOneByOrFail({ id: member.userId });
    return { invitation, member, user };
  }

  /**
   * Whether opening the link may set the account's password: only for an account that never had one,
   * and, when the link went to the inviting admin, that belongs to no other organization (else the
   * admin could take over an account another organization shares).
   */
  async maySetPassword({ invitation, user }: RedeemableInvitation): Promise<boolean> {
    if (user.passwordHash) return false;
    if (invitation.delivery !== InvitationDelivery.LINK) return true;
    return !(await this.members.belongsElsewhere(user.id, invitation.organizationId));
  }

  /** What the link's page shows; nothing for a link that is not pending. */
  async info(token: string): Promise<InvitationInfo> {
    const redeemable = await this.db.transaction(() => this.lockPending(token));
    const organization = await this.db.global(Organization).findOneByOrFail({ id: redeemable.invitation.organizationId });
    return {
      organizationName: organization.name,
      email: redeemable.invitation.email,
      role: redeemable.member.role,
      expiresAt: redeemable.invitation.expiresAt,
      choosePassword: await this.maySetPassword(redeemable),
    };
  }

  /** The member joins: in the caller's transaction, once the person has proven who they are. */
  async markAccepted({ invitation, member }: RedeemableInvitation): Promise<Membership> {
    const now = new Date();
    await this.db.global(Invitation).update({ id: invitation.id }, { acceptedAt: now });
    await this.db.global(Membership).update({ id: member.id }, { status: MemberStatus.ACTIVE, joinedAt: member.joinedAt ?? now });
    return { ...member, status: MemberStatus.ACTIVE, joinedAt: member.joinedAt ?? now };
  }

  /** Invitations waiting for this person, from every organization, newest first. */
  async pendingFor(userId: string): Promise<PendingInvitation[]> {
    const rows = await this.db
      .global(Invitation)
      .createQueryBuilder('i')
      .innerJoin(Membership, 'm', 'm.id = i.membershipId AND m.organizationId = i.organizationId')
      .innerJoin(Organization, 'o', 'o.id = i.organizationId')
      .select(['i.id AS id', 'i.expiresAt AS "expiresAt"', 'i.createdAt AS "invitedAt"', 'm.role AS role'])
      .addSelect(['o.id AS "organizationId"', 'o.name AS "organizationName"'])
      .where('m.userId = :userId AND m.status = :invited', { userId, invited: MemberStatus.INVITED })
      .andWhere('i.acceptedAt IS NULL AND i.declinedAt IS NULL AND i.revokedAt IS NULL AND i.expiresAt > now()')
      .orderBy('i.createdAt', 'DESC')
      .getRawMany<PendingInvitation>();
    return rows;
  }

  /** The signed-in person accepts an invitation addressed to them. */
  async acceptOwn(userId: string, invitationId: string): Promise<OrganizationMembership> {
    return this.db.transaction(async () => {
      const redeemable = await this.lockOwn(userId, invitationId);
      const member = await this.markAccepted(redeemable);
      const organization = await this.db.global(Organization).findOneByOrFail({ id: member.organizationId });
      return { organizationId: organization.id, organizationName: organization.name, role: member.role };
    });
  }

  /** The signed-in person declines: the invitation ends and they stay out of that organization. */
  async decline(userId: string, invitationId: string): Promise<boolean> {
    return this.db.transaction(async () => {
      const { invitation, member } = await this.lockOwn(userId, invitationId);
      await this.db.global(Invitation).update({ id: invitation.id }, { declinedAt: new Date() });
      await this.db.global(Membership).update({ id: member.id }, { status: MemberStatus.DEACTIVATED });
      return true;
    });
  }

  private async lockOwn(userId: string, invitationId: string): Promise<RedeemableInvitation> {
    const invitation = await this.db.global(Invitation).findOne({
      where: {
        id: invitationId,
        acceptedAt: IsNull(),
        declinedAt: IsNull(),
        revokedAt: IsNull(),
        expiresAt: MoreThan(new Date()),
      },
      lock: { mode: 'pessimistic_write' },
    });
    const member = invitation && (await this.db.global(Membership).findOneBy({ id: invitation.membershipId }));
    if (!invitation || !member || member.userId !== userId || member.status !== MemberStatus.INVITED) {
      throw notFound('Invitation');
    }
    const user = await this.db.global(User).findOneByOrFail({ id: userId });
    return { invitation, member, user };
  }
}
