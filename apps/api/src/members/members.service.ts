import { Inject, Injectable, Logger } from '@nestjs/common';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { ListResult, likePattern, runList } from '../common/list';
import { APP_CONFIG, AppConfig } from '../config/config';
import { MailService } from '../mail/mail.service';
import { Organization } from '../organizations/organization.entity';
import { CohortMember } from '../cohorts/cohort-member.entity';
import { hashSecret, newSecret } from '../auth/secrets';
import { User } from './user.entity';
import { Membership } from './membership.entity';
import { Invitation } from './invitation.entity';
import { InviteMemberInput, MemberListOptions, MemberSortField } from './members.inputs';
import { InvitePayload, OrganizationMembership } from './members.types';
import { lastAdmin } from './members.errors';

const SORT_COLUMNS: Record<MemberSortField, string> = {
  [MemberSortField.NAME]: 'u.name',
  [MemberSortField.EMAIL]: 'u.email',
  [MemberSortField.CREATED_AT]: 'm.createdAt',
};

export interface NewPerson {
  email: string;
  name: string;
  role: Role;
}

/** People, their roles in organizations, and invitations to join. */
@Injectable()
export class MembersService {
  private readonly logger = new Logger(MembersService.name);

  constructor(
    private readonly db: Db,
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(ctx: RequestContext, options?: MemberListOptions): Promise<ListResult<Membership>> {
    const qb = this.db.scoped(ctx, Membership).query('m').innerJoin('m.user', 'u');
    const filter = options?.filter;
    if (filter?.role) qb.andWhere('m.role = :role', { role: filter.role });
    if (filter?.search) {
      qb.andWhere('(u.name ILIKE :search OR u.email ILIKE :search)', { search: likePattern(filter.search) });
    }
    if (filter?.cohortId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM cohort_members cm WHERE cm.membership_id = m.id AND cm.cohort_id = :cohortId AND cm.organization_id = m.organization_id)',
        { cohortId: filter.cohortId },
      );
    }
    return runList(qb, options, SORT_COLUMNS, MemberSortField.NAME);
  }

  get(ctx: RequestContext, id: string): Promise<Membership> {
    return this.db.scoped(ctx, Membership).get(id, 'Member');
  }

  /** Members by id, or NOT_FOUND if any is not in the organization. */
  getMany(ctx: RequestContext, ids: string[]): Promise<Membership[]> {
    return this.db.scoped(ctx, Membership).getMany(ids, 'Member');
  }

  /** The organizations a person belongs to, for sign-in and switching (their own data, not a tenant's). */
  async organizationsOf(userId: string): Promise<(OrganizationMembership & { membershipId: string })[]> {
    const rows = await this.db
      .global(Membership)
      .createQueryBuilder('m')
      .innerJoin(Organization, 'o', 'o.id = m.organizationId')
      .select(['m.id AS "membershipId"', 'm.role AS role', 'o.id AS "organizationId"', 'o.name AS "organizationName"'])
      .where('m.userId = :userId', { userId })
      .orderBy('m.createdAt', 'ASC')
      .getRawMany<OrganizationMembership & { membershipId: string }>();
    return rows;
  }

  findUserByEmail(email: string): Promise<User | null> {
    return this.db.global(User).findOne({ where: { email: email.trim().toLowerCase() } });
  }

  /** Creates the person and their membership where missing; an existing membership keeps its role. */
  async ensureMember(
    ctx: { organizationId: string },
    person: NewPerson,
  ): Promise<{ member: Membership; user: User; created: boolean }> {
    const users = this.db.global(User);
    const email = person.email.trim().toLowerCase();
    let user = await users.findOne({ where: { email } });
    if (!user) {
      await users.createQueryBuilder().insert().values({ email, name: person.name.trim() }).orIgnore().execute();
      user = await users.findOneOrFail({ where: { email } });
    }
    const memberships = this.db.scoped(ctx, Membership);
    const existing = await memberships.findOne({ where: { userId: user.id } });
    if (existing) return { member: existing, user, created: false };
    const member = await memberships.save(memberships.create({ userId: user.id, role: person.role }));
    return { member, user, created: true };
  }

  /**
   * Adds the person and, unless they already have a password, a one-time link to set one. Without SMTP
   * the link goes back to the inviting admin; the log never carries its secret. Mail goes out only
   * after the invitation is committed.
   */
  async invite(ctx: RequestContext, input: InviteMemberInput): Promise<InvitePayload> {
    const secret = newSecret();
    const { member, user, invitation } = await this.db.transaction(async () => {
      const { member, user } = await this.ensureMember(ctx, input);
      if (user.passwordHash) return { member, user, invitation: null };
      const invitations = this.db.scoped(ctx, Invitation);
      const invitation = await invitations.save(
        invitations.create({
          email: user.email,
          role: member.role,
          secretHash: hashSecret(secret),
          expiresAt: new Date(Date.now() + this.config.invitationTtlHours * 3_600_000),
          acceptedAt: null,
          invitedById: ctx.membershipId,
        }),
      );
      return { member, user, invitation };
    });
    if (!invitation) return { member, invitation, invitationUrl: null, emailed: false };
    const url = `${this.config.publicUrl}/accept-invitation#token=${invitation.id}.${secret}`;
    const organization = await this.db.global(Organization).findOneByOrFail({ id: ctx.organizationId });
    const emailed = await this.mail
      .send({
        to: user.email,
        subject: `You are invited to ${organization.name}`,
        text: `Hello ${user.name},\n\nYou have been invited to ${organization.name} as ${member.role.toLowerCase()}.\nSet your password here (the link expires in ${this.config.invitationTtlHours} hours):\n${url}\n`,
      })
      .catch((error: Error) => {
        this.logger.error(`Invitation ${invitation.id}: mail not sent (${error.message}); the link is returned instead`);
        return false;
      });
    this.logger.log(`Invitation ${invitation.id} for member ${member.id} ${emailed ? 'e-mailed' : 'returned to the inviter'}`);
    return { member, invitation, invitationUrl: emailed ? null : url, emailed };
  }

  async updateRole(ctx: RequestContext, id: string, role: Role): Promise<Membership> {
    return this.db.transaction(async () => {
      const member = await this.get(ctx, id);
      if (member.role === Role.ADMIN && role !== Role.ADMIN) await this.assertNotLastAdmin(ctx);
      member.role = role;
      return this.db.scoped(ctx, Membership).save(member);
    });
  }

  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    return this.db.transaction(async () => {
      const member = await this.get(ctx, id);
      if (member.role === Role.ADMIN) await this.assertNotLastAdmin(ctx);
      await this.db.scoped(ctx, CohortMember).delete({ membershipId: id });
      return (await this.db.scoped(ctx, Membership).delete({ id })) === 1;
    });
  }

  private async assertNotLastAdmin(ctx: RequestContext): Promise<void> {
    // Lock the admins so two concurrent demotions cannot both pass the check.
    const admins = await this.db
      .scoped(ctx, Membership)
      .query('m')
      .andWhere('m.role = :role', { role: Role.ADMIN })
      .setLock('pessimistic_write')
      .getMany();
    if (admins.length <= 1) throw lastAdmin();
  }
}
