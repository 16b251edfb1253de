import { Injectable } from '@nestjs/common';
import { In, IsNull, Not, SelectQueryBuilder } from 'typeorm';
import { isEmail } from 'class-validator';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { badInput, notFound } from '../common/app-error';
import { ListResult, likePattern, runList } from '../common/list';
import { CsvImportInput, ImportMode, ImportRowError, parseCsv } from '../common/csv';
import { MembersService } from '../members/members.service';
import { InvitationsService, IssuedInvitation } from '../members/invitations.service';
import { Membership, MemberStatus } from '../members/membership.entity';
import { normalizedEmail } from '../members/members.inputs';
import { RosterImportResult } from './cohorts.types';
import { onlyManaged } from './coaching';
import { cohortArchived } from './cohorts.errors';
import { DEFAULT_LEVEL_THRESHOLDS, distinctCompetencies } from '../readiness/analytics-rules';
import { ReadinessService } from '../readiness/readiness.service';
import { Cohort } from './cohort.entity';
import { CohortMember, CohortRole } from './cohort-member.entity';
import { CohortListOptions, CohortMembersInput, CohortSortField, CreateCohortInput, UpdateCohortInput } from './cohorts.inputs';

const SORT_COLUMNS: Record<CohortSortField, string> = {
  [CohortSortField.NAME]: 'c.name',
  [CohortSortField.STARTS_ON]: 'c.startsOn',
  [CohortSortField.CREATED_AT]: 'c.createdAt',
};

const MEMBER_ROLE: Record<CohortRole, Role[]> = {
  [CohortRole.CANDIDATE]: [Role.CANDIDATE],
  [CohortRole.COACH]: [Role.COACH, Role.ADMIN],
};

export type CandidatesJoinHandler = (ctx: RequestContext, cohortId: string, candidateIds: string[]) => Promise<void>;

/** Cohorts and who is in them. Admins see every cohort; coaches the ones they coach; candidates their own. */
@Injectable()
export class CohortsService {
  private readonly joinHandlers: CandidatesJoinHandler[] = [];

  constructor(
    private readonly db: Db,
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
    private readonly readiness: ReadinessService,
  ) {}

  /** The cohorts the caller may see: those they manage (see coaching.ts), or a candidate's own. */
  private visible(ctx: RequestContext): SelectQueryBuilder<Cohort> {
    const qb = this.db.scoped(ctx, Cohort).query('c');
    if (ctx.role !== Role.CANDIDATE) return onlyManaged(qb, ctx, 'cohort', 'c.id');
    return qb.andWhere(
      'EXISTS (SELECT 1 FROM cohort_members mine WHERE mine.cohort_id = c.id AND mine.membership_id = :viewer AND mine.organization_id = c.organization_id)',
      { viewer: ctx.membershipId },
    );
  }

  /** Current cohorts by default; archived ones only when the filter asks for them. */
  list(ctx: RequestContext, options?: CohortListOptions): Promise<ListResult<Cohort>> {
    const qb = this.visible(ctx).andWhere(options?.filter?.archived ? 'c.archivedAt IS NOT NULL' : 'c.archivedAt IS NULL');
    if (options?.filter?.search) qb.andWhere('c.name ILIKE :search', { search: likePattern(options.filter.search) });
    return runList(qb, options, SORT_COLUMNS, CohortSortField.NAME);
  }

  async get(ctx: RequestContext, id: string): Promise<Cohort> {
    const cohort = await this.visible(ctx).andWhere('c.id = :id', { id }).getOne();
    if (!cohort) throw notFound('Cohort');
    return cohort;
  }

  /**
   * The cohorts a member is in (as a candidate or a coach) that the caller may see, by name. Batched per
   * request: one query for the links, one for the cohorts.
   */
  cohortsOf(ctx: RequestContext, memberId: string): Promise<Cohort[]> {
    return ctx.loaders
      .loader('member:cohorts', async (ids) => {
        const links = await this.db.scoped(ctx, CohortMember).find({ where: { membershipId: In([...ids]) } });
        const cohortIds = [...new Set(links.map((l) => l.cohortId))];
        const cohorts = cohortIds.length
          ? await this.visible(ctx).andWhere('c.id IN (:...cohortIds)', { cohortIds }).orderBy('c.name').getMany()
          : [];
        return ids.map((id) => {
          const theirs = new Set(links.filter((l) => l.membershipId === id).map((l) => l.cohortId));
          return cohorts.filter((c) => theirs.has(c.id));
        });
      })
      .load(memberId);
  }

  /** The cohorts (id, archivedAt), NOT_FOUND unless the caller manages every one of them. One query for all ids. */
  private async managed(ctx: RequestContext, ids: string[]): Promise<Pick<Cohort, 'id' | 'archivedAt'>[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const qb = this.db
      .scoped(ctx, Cohort)
      .query('c')
      .select(['c.id', 'c.archivedAt'])
      .andWhere('c.id IN (:...ids)', { ids: unique });
    const cohorts = await onlyManaged(qb, ctx, 'cohort', 'c.id').getMany();
    if (cohorts.length !== unique.length) throw notFound('Cohort');
    return cohorts;
  }

  /** NOT_FOUND unless the caller manages every one of these cohorts (archived ones included: reading them is fine). */
  async assertCanManage(ctx: RequestContext, ids: string[]): Promise<void> {
    await this.managed(ctx, ids);
  }

  /**
   * As assertCanManage, and CONFLICT (COHORT_ARCHIVED) if any is archived: nothing about an archived
   * cohort changes (its settings, members or assignments) until it is unarchived.
   */
  async assertCanChange(ctx: RequestContext, ids: string[]): Promise<void> {
    if ((await this.managed(ctx, ids)).some((c) => c.archivedAt)) throw cohortArchived();
  }

  /** CONFLICT (COHORT_ARCHIVED) if this cohort is archived, for what belongs to it (an assignment and its candidates). */
  async assertNotArchived(ctx: RequestContext, id: string | null): Promise<void> {
    if (id && (await this.db.scoped(ctx, Cohort).exists({ id, archivedAt: Not(IsNull()) }))) throw cohortArchived();
  }

  /**
   * NOT_FOUND unless the caller manages every one of these candidates (member ids): an admin any member
   * of the organization, a coach the candidates of cohorts they coach. One query for all ids.
   */
  async assertManagesCandidates(ctx: RequestContext, memberIds: string[]): Promise<void> {
    const unique = [...new Set(memberIds)];
    if (!unique.length) return;
    const qb = this.db.scoped(ctx, Membership).query('m').andWhere('m.id IN (:...ids)', { ids: unique });
    if ((await onlyManaged(qb, ctx, 'candidate', 'm.id').getCount()) !== unique.length) throw notFound('Member');
  }

  /**
   * NOT_FOUND unless the caller may see this candidate's own records (their action items, their real
   * interviews): the candidate themself, or staff who manage them.
   */
  async assertCanSeeCandidate(ctx: RequestContext, memberId: string): Promise<void> {
    if (ctx.role !== Role.CANDIDATE) return this.assertManagesCandidates(ctx, [memberId]);
    if (memberId !== ctx.membershipId) throw notFound('Member');
  }

  async create(ctx: RequestContext, input: CreateCohortInput): Promise<Cohort> {
    const draft = this.db.scoped(ctx, Cohort).create({ description: '', ...input });
    draft.developingThreshold ??= DEFAULT_LEVEL_THRESHOLDS.developing;
    draft.readyThreshold ??= DEFAULT_LEVEL_THRESHOLDS.ready;
    draft.interviewReadyThreshold ??= DEFAULT_LEVEL_THRESHOLDS.interviewReady;
    this.assertValid(draft);
    return this.db.transaction(async () => {
      const cohort = await this.db.scoped(ctx, Cohort).save(draft);
      if (ctx.role === Role.COACH) {
        const links = this.db.scoped(ctx, CohortMember);
        await links.save(links.create({ cohortId: cohort.id, membershipId: ctx.membershipId, cohortRole: CohortRole.COACH }));
      }
      return cohort;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateCohortInput): Promise<Cohort> {
    await this.assertCanChange(ctx, [id]);
    const cohort = await this.get(ctx, id);
    Object.assign(cohort, input);
    this.assertValid(cohort);
    const saved = await this.db.scoped(ctx, Cohort).save(cohort);
    await this.readiness.refreshCohortLater(ctx, id);
    return saved;
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    await this.assertCanManage(ctx, [id]);
    return (await this.db.scoped(ctx, Cohort).delete({ id })) === 1;
  }

  /**
   * Ends (or reopens) a cohort's term. Archiving keeps everything as it is, read-only and out of lists;
   * again on an archived cohort it changes nothing (the first date stays).
   */
  async setArchived(ctx: RequestContext, id: string, archived: boolean): Promise<Cohort> {
    await this.assertCanManage(ctx, [id]);
    const cohort = await this.get(ctx, id);
    if (archived === !!cohort.archivedAt) return cohort;
    cohort.archivedAt = archived ? new Date() : null;
    return this.db.scoped(ctx, Cohort).save(cohort);
  }

  async addMembers(ctx: RequestContext, cohortId: string, input: CohortMembersInput): Promise<Cohort> {
    await this.assertCanChange(ctx, [cohortId]);
    const people = await this.members.getMany(ctx, input.memberIds);
    const allowed = MEMBER_ROLE[input.role];
    const wrong = people.filter((m) => !allowed.includes(m.role));
    if (wrong.length) {
      throw badInput(
        'WRONG_ROLE',
        `Only ${allowed.join(' or ').toLowerCase()} members can join a cohort as ${input.role.toLowerCase()}`,
      );
    }
    await this.link(
      ctx,
      cohortId,
      people.map((p) => p.id),
      input.role,
    );
    return this.get(ctx, cohortId);
  }

  async removeMember(ctx: RequestContext, cohortId: string, memberId: string): Promise<Cohort> {
    await this.assertCanChange(ctx, [cohortId]);
    const removed = await this.db.scoped(ctx, CohortMember).delete({ cohortId, membershipId: memberId });
    if (!removed) throw notFound('Member');
    await this.readiness.refreshLater(ctx, [memberId]);
    return this.get(ctx, cohortId);
  }

  /** Adds members to a cohort (those already in it stay as they are); joining candidates get what the cohort has. */
  private async link(ctx: RequestContext, cohortId: string, memberIds: string[], role: CohortRole): Promise<void> {
    await this.db.transaction(async () => {
      await this.db
        .scoped(ctx, CohortMember)
        .insertOrIgnore(memberIds.map((membershipId) => ({ cohortId, membershipId, cohortRole: role })));
      if (role !== CohortRole.CANDIDATE || !memberIds.length) return;
      for (const handler of this.joinHandlers) await handler(ctx, cohortId, memberIds);
    });
    if (role === CohortRole.CANDIDATE) await this.readiness.refreshLater(ctx, memberIds);
  }

  /**
   * Lets another feature act when candidates join a cohort, in the same transaction (assignments give
   * them the cohort's open ones). Cohorts cannot depend on those features: they depend on cohorts.
   */
  onCandidatesJoin(handler: CandidatesJoinHandler): void {
    this.joinHandlers.push(handler);
  }

  /** Candidate member ids of the given cohorts (for assignments). */
  async candidateIds(ctx: RequestContext, cohortId: string): Promise<string[]> {
    // Removed (deactivated) members get nothing new; invited ones do, to find when they join.
    const rows = await this.db
      .scoped(ctx, CohortMember)
      .query('cm')
      .innerJoin(Membership, 'm', 'm.id = cm.membershipId AND m.organizationId = cm.organizationId')
      .andWhere('cm.cohortId = :cohortId AND cm.cohortRole = :role AND m.status <> :gone', {
        cohortId,
        role: CohortRole.CANDIDATE,
        gone: MemberStatus.DEACTIVATED,
      })
      .getMany();
    return rows.map((r) => r.membershipId);
  }

  /**
   * Roster CSV (name, email): everyone becomes a candidate of the cohort. People new to this
   * organization are invited (a pending member: in the cohort, given its assignments, shown as not
   * started until they accept); the links are e-mailed after commit, or returned for the admin to hand
   * over. Bad rows stop the whole file unless VALID_ROWS_ONLY. A dry run goes through the same steps
   * and rolls them back: its report (every bad row, what would be created) is the import's, to the row.
   */
  async importRoster(ctx: RequestContext, cohortId: string, input: CsvImportInput, dryRun = false): Promise<RosterImportResult> {
    await this.assertCanChange(ctx, [cohortId]);
    const rows = parseCsv(input.csv, { required: ['name', 'email'], optional: [] });
    const errors: ImportRowError[] = [];
    const seen = new Map<string, number>();
    const good: { name: string; email: string }[] = [];
    for (const { line, values } of rows) {
      const email = normalizedEmail(values.email);
      const problem = !values.name
        ? 'name is empty'
        : values.name.length > 200
          ? 'name is longer than 200 characters'
          : !isEmail(email) || email.length > 254
            ? `"${values.email}" is not a valid e-mail address`
            : seen.has(email)
              ? `${email} is already on line ${seen.get(email)}`
              : undefined;
      if (problem) errors.push({ line, message: problem });
      else {
        seen.set(email, line);
        good.push({ name: values.name, email });
      }
    }
    const rejected = ({ errors: rowErrors, created, existing }: RosterRejected): RosterImportResult => ({
      imported: false,
      created,
      existing,
      emailed: 0,
      invitationLinks: [],
      errors: rowErrors.sort((a, b) => a.line - b.line),
    });
    const allOrNothing = input.mode === ImportMode.ALL_OR_NOTHING;
    // A dry run goes on to the database, so that it reports every bad row at once.
    if (errors.length && allOrNothing && !dryRun) return rejected(new RosterRejected(errors));

    let outcome: { created: number; existing: number; issued: IssuedInvitation[] };
    try {
      outcome = await this.db.transaction(async () => {
        const memberIds: string[] = [];
        const issued: IssuedInvitation[] = [];
        let created = 0;
        for (const person of good) {
          const user = await this.members.findOrCreateUser(person.email, person.name);
          const existing = await this.db.scoped(ctx, Membership).findOne({ where: { userId: user.id } });
          if (existing && existing.status !== MemberStatus.DEACTIVATED && existing.role !== Role.CANDIDATE) {
            errors.push({
              line: seen.get(person.email)!,
              message: `${person.email} is a ${existing.role.toLowerCase()} here, not a candidate`,
            });
            continue;
          }
          if (existing && existing.status !== MemberStatus.DEACTIVATED) {
            memberIds.push(existing.id);
            continue;
          }
          const member = await this.invitations.makePending(ctx, user, Role.CANDIDATE, existing);
          issued.push(await this.invitations.issue(ctx, member, person, ctx.membershipId));
          memberIds.push(member.id);
          created += 1;
        }
        if (dryRun) throw new RosterRejected(errors, created, memberIds.length - created);
        if (errors.length && allOrNothing) throw new RosterRejected(errors);
        await this.link(ctx, cohortId, memberIds, CohortRole.CANDIDATE);
        return { created, existing: memberIds.length - created, issued };
      });
    } catch (error) {
      if (error instanceof RosterRejected) return rejected(error);
      throw error;
    }
    const delivered = await this.invitations.deliver(ctx, outcome.issued);
    return {
      imported: true,
      created: outcome.created,
      existing: outcome.existing,
      emailed: delivered.filter((d) => d.url === null).length,
      invitationLinks: delivered.flatMap(({ invitation, url }) =>
        url ? [{ email: invitation.email, name: invitation.name, url }] : [],
      ),
      errors: errors.sort((a, b) => a.line - b.line),
    };
  }

  /** Dates in order, readiness levels rising; the required competencies trimmed, each once. */
  private assertValid(cohort: Cohort): void {
    if (cohort.startsOn && cohort.endsOn && cohort.endsOn < cohort.startsOn) {
      throw badInput('INVALID_DATES', 'endsOn must not be before startsOn');
    }
    const { developingThreshold: developing, readyThreshold: ready, interviewReadyThreshold: interviewReady } = cohort;
    if (!(developing < ready && ready < interviewReady)) {
      throw badInput(
        'INVALID_THRESHOLDS',
        `Readiness levels must rise: developing (${developing}) < ready (${ready}) < interview ready (${interviewReady})`,
      );
    }
    if (cohort.requiredCompetencies) cohort.requiredCompetencies = distinctCompetencies(cohort.requiredCompetencies);
  }
}

/**
 * Rolls the roster transaction back when a row turns out bad only once the database is consulted, or
 * at the end of a dry run (with what it would have created and linked).
 */
class RosterRejected extends Error {
  constructor(
    readonly errors: ImportRowError[],
    readonly created = 0,
    readonly existing = 0,
  ) {
    super('roster rejected');
  }
}
