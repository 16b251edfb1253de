import { ReadinessService } from '../readiness/readiness.service';
import { Injectable } from '@nestjs/common';
import { Not, SelectQueryBuilder } from 'typeorm';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { ListResult, likePattern, runList } from '../common/list';
import { Organization } from '../organizations/organization.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { User } from './user.entity';
import { Membership, MemberStatus } from './membership.entity';
import { MemberListOptions, MemberSortField, normalizedEmail } from './members.inputs';
import { OrganizationMembership } from './members.types';
import { lastAdmin } from './members.errors';
import { managedCondition, onlyManaged } from '../cohorts/coaching';

/**
 * The name an organization sees for a member: the person's own once they joined, the inviter's until
 * then, so nothing shows how the person is known elsewhere.
 */
export const MEMBER_NAME_SQL = `CASE WHEN m.joined_at IS NOT NULL THEN u.name ELSE (
  SELECT i.name FROM invitations i WHERE i.membership_id = m.id AND i.organization_id = m.organization_id
  ORDER BY i.created_at DESC LIMIT 1) END`;

const SORT_COLUMNS: Record<MemberSortField, string> = {
  [MemberSortField.NAME]: 'member_name',
  [MemberSortField.EMAIL]: 'u.email',
  [MemberSortField.CREATED_AT]: 'm.createdAt',
  [MemberSortField.LAST_ACTIVE]: 'member_last_active',
  [MemberSortField.READINESS]: 'member_readiness',
};

export interface NewPerson {
  email: string;
  name: string;
  role: Role;
}

/** People and their roles in organizations. Invitations are InvitationsService's. */
@Injectable()
export class MembersService {
  constructor(
    private readonly db: Db,
    private readonly readiness: ReadinessService,
  ) {}

  list(ctx: RequestContext, options?: MemberListOptions): Promise<ListResult<Membership>> {
    const qb = this.db.scoped(ctx, Membership).query('m').innerJoin('m.user', 'u').addSelect(MEMBER_NAME_SQL, 'member_name');
    const filter = options?.filter;
    if (filter?.role) qb.andWhere('m.role = :role', { role: filter.role });
    if (filter?.status) qb.andWhere('m.status = :status', { status: filter.status });
    if (filter?.search) {
      qb.andWhere(`((${MEMBER_NAME_SQL}) ILIKE :search OR u.email ILIKE :search)`, { search: likePattern(filter.search) });
    }
    if (filter?.cohortId) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM cohort_members cm WHERE cm.membership_id = m.id AND cm.cohort_id = :cohortId AND cm.organization_id = m.organization_id)',
        { cohortId: filter.cohortId },
      );
    }
    this.addSortFigure(ctx, qb, options?.sort?.field);
    return runList(qb, options, SORT_COLUMNS, MemberSortField.NAME, undefined, 'NULLS LAST');
  }

  /** The figure a list sorted by activity or readiness needs, as much of it as the caller may see (lastActiveAt, readiness). */
  private addSortFigure(ctx: RequestContext, qb: SelectQueryBuilder<Membership>, field?: MemberSortField): void {
    if (field === MemberSortField.LAST_ACTIVE) {
      const [managed, params] = managedCondition(ctx, 'candidate', 'm.id');
      qb.addSelect(
        `CASE WHEN ${managed} THEN (SELECT max(t.created_at) FROM refresh_tokens t WHERE t.membership_id = m.id) END`,
        'member_last_active',
      ).setParameters(params);
    } else if (field === MemberSortField.READINESS) {
      const [managed, params] = managedCondition(ctx, 'cohort', 'r.cohort_id');
      qb.addSelect(
        `(SELECT min(r.score) FROM candidate_readiness r
          WHERE r.organization_id = m.organization_id AND r.membership_id = m.id AND ${managed})`,
        'member_readiness',
      ).setParameters(params);
    }
  }

  get(ctx: RequestContext, id: string): Promise<Membership> {
    return this.db.scoped(ctx, Membership).get(id, 'Member');
  }

  /** Members by id, or NOT_FOUND if any is not in the organization. */
  getMany(ctx: RequestContext, ids: string[]): Promise<Membership[]> {
    return this.db.scoped(ctx, Membership).getMany(ids, 'Member');
  }

  /** The organizations a person may act in, oldest first (their own data, not a tenant's). */
  async organizationsOf(userId: string): Promise<(OrganizationMembership & { membershipId: string })[]> {
    return this.db
      .global(Membership)
      .createQueryBuilder('m')
      .innerJoin(Organization, 'o', 'o.id = m.organizationId')
      .select(['m.id AS "membershipId"', 'm.role AS role', 'o.id AS "organizationId"', 'o.name AS "organizationName"'])
      .where('m.userId = :userId AND m.status = :active', { userId, active: MemberStatus.ACTIVE })
      .orderBy('m.createdAt', 'ASC')
      .getRawMany<OrganizationMembership & { membershipId: string }>();
  }

  /**
   * When the member last signed in or renewed their session here (each renewal stores a token, so this
   * is as fresh as the access token's lifetime); null if never, or if the caller does not manage them
   * (an admin manages everyone, a coach the candidates of their cohorts). Batched per request.
   */
  lastActiveAt(ctx: RequestContext, memberId: string): Promise<Date | null> {
    return ctx.loaders
      .loader('member:lastActiveAt', async (ids) => {
        const qb = this.db
          .scoped(ctx, Membership)
          .query('m')
          .innerJoin(RefreshToken, 't', 't.membershipId = m.id')
          .select('m.id', 'id')
          .addSelect('max(t.createdAt)', 'at')
          .andWhere('m.id IN (:...ids)', { ids: [...ids] })
          .groupBy('m.id');
        const rows = await onlyManaged(qb, ctx, 'candidate', 'm.id').getRawMany<{ id: string; at: Date }>();
        const found = new Map(rows.map((r) => [r.id, new Date(r.at)]));
        return ids.map((id) => found.get(id) ?? null);
      })
      .load(memberId);
  }

  /** Whether the person belongs to (or is invited by) any organization but this one. */
  async belongsElsewhere(userId: string, organizationId: string): Promise<boolean> {
    return this.db.global(Membership).existsBy({ userId, organizationId: Not(organizationId) });
  }

  findUserByEmail(email: string): Promise<User | null> {
    return this.db.global(User).findOne({ where: { email: normalizedEmail(email) } });
  }

  /** The person with this e-mail, created (with this name) if new; an existing person keeps their name. */
  async findOrCreateUser(email: string, name: string): Promise<User> {
    const users = this.db.global(User);
    const existing = await users.findOne({ where: { email: normalizedEmail(email) } });
    if (existing) return existing;
    await users
      .createQueryBuilder()
      .insert()
      .values({ email: normalizedEmail(email), name: name.trim() })
      .orIgnore()
      .execute();
    return users.findOneOrFail({ where: { email: normalizedEmail(email) } });
  }

  /**
   * An active member with this e-mail, created where missing (demo data, tests, the operator's tools);
   * people an admin adds are invited instead (InvitationsService).
   */
  async ensureMember(ctx: { organizationId: string }, person: NewPerson): Promise<{ member: Membership; user: User }> {
    const user = await this.findOrCreateUser(person.email, person.name);
    const memberships = this.db.scoped(ctx, Membership);
    const existing = await memberships.findOne({ where: { userId: user.id } });
    if (existing) return { member: existing, user };
    const member = await memberships.save(
      memberships.create({ userId: user.id, role: person.role, status: MemberStatus.ACTIVE, joinedAt: new Date() }),
    );
    return { member, user };
  }

  async updateRole(ctx: RequestContext, id: string, role: Role): Promise<Membership> {
    return this.db.transaction(async () => {
      const member = await this.get(ctx, id);
      if (member.role === Role.ADMIN && role !== Role.ADMIN) await this.assertNotLastAdmin(ctx, member);
      member.role = role;
      return this.db.scoped(ctx, Membership).save(member);
    });
  }

  /**
   * Removes a member from the organization. Someone who joined is deactivated: they can no longer sign
   * in here (every session they hold ends), and their sessions, answers and reviews stay. Someone only
   * invited leaves nothing behind and is deleted with their invitation.
   */
  async remove(ctx: RequestContext, id: string): Promise<boolean> {
    const removed = await this.db.transaction(async () => {
      const member = await this.get(ctx, id);
      if (member.role === Role.ADMIN) await this.assertNotLastAdmin(ctx, member);
      if (member.status === MemberStatus.INVITED) return (await this.db.scoped(ctx, Membership).delete({ id })) === 1;
      await this.db.scoped(ctx, Membership).update({ id }, { status: MemberStatus.DEACTIVATED });
      await this.revokeTokens({ membershipId: id });
      return true;
    });
    // A removed candidate leaves their cohorts' readiness figures.
    await this.readiness.refreshLater(ctx, [id]);
    return removed;
  }

  /** Ends every session (refresh token) of a membership or of a person in all their organizations. */
  async revokeTokens(whose: { membershipId: string } | { userId: string }): Promise<void> {
    const tokens = this.db
      .global(RefreshToken)
      .createQueryBuilder()
      .update()
      .set({ revokedAt: () => 'now()' });
    tokens.where('revoked_at IS NULL');
    if ('membershipId' in whose) tokens.andWhere('membership_id = :id', { id: whose.membershipId });
    else tokens.andWhere('membership_id IN (SELECT id FROM memberships WHERE user_id = :id)', { id: whose.userId });
    await tokens.execute();
  }

  /** An organization keeps at least one active administrator besides `leaving`. */
  private async assertNotLastAdmin(ctx: RequestContext, leaving: Membership): Promise<void> {
    if (leaving.status !== MemberStatus.ACTIVE) return;
    // Lock the admins so two concurrent demotions cannot both pass the check.
    const admins = await this.db
      .scoped(ctx, Membership)
      .query('m')
      .andWhere('m.role = :role AND m.status = :active', { role: Role.ADMIN, active: MemberStatus.ACTIVE })
      .setLock('pessimistic_write')
      .getMany();
    if (admins.length <= 1) throw lastAdmin();
  }
}
