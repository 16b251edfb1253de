import { Args, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { ANY_MEMBER, STAFF } from '../common/role';
import { isStaff, type RequestContext } from '../common/request-context';
import { ListOf } from '../common/list';
import { CsvImportInput } from '../common/csv';
import { RosterImportResult } from './cohorts.types';
import { Membership } from '../members/membership.entity';
import { Cohort } from './cohort.entity';
import { CohortMember, CohortRole } from './cohort-member.entity';
import { CohortsService } from './cohorts.service';
import { CohortListOptions, CohortMembersInput, CreateCohortInput, UpdateCohortInput } from './cohorts.inputs';

@ObjectType()
class CohortList extends ListOf(Cohort) {}

@Resolver(() => Cohort)
export class CohortsResolver {
  constructor(private readonly service: CohortsService) {}

  @Roles(...ANY_MEMBER)
  @Query(() => CohortList, { description: 'Admins see all cohorts; coaches the ones they coach; candidates their own.' })
  cohorts(@Ctx() ctx: RequestContext, @Args('options', { nullable: true }) options?: CohortListOptions) {
    return this.service.list(ctx, options);
  }

  @Roles(...ANY_MEMBER)
  @Query(() => Cohort)
  cohort(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.get(ctx, id);
  }

  @Roles(...STAFF)
  @Mutation(() => Cohort, { description: 'A coach who creates a cohort becomes its coach.' })
  createCohort(@Ctx() ctx: RequestContext, @Args('input') input: CreateCohortInput) {
    return this.service.create(ctx, input);
  }

  @Roles(...STAFF)
  @Mutation(() => Cohort)
  updateCohort(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('input') input: UpdateCohortInput) {
    return this.service.update(ctx, id, input);
  }

  @Roles(...STAFF)
  @Mutation(() => Boolean)
  deleteCohort(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.delete(ctx, id);
  }

  @Roles(...STAFF)
  @Mutation(() => Cohort)
  addCohortMembers(@Ctx() ctx: RequestContext, @IdArg('cohortId') cohortId: string, @Args('input') input: CohortMembersInput) {
    return this.service.addMembers(ctx, cohortId, input);
  }

  @Roles(...STAFF)
  @Mutation(() => Cohort)
  removeCohortMember(@Ctx() ctx: RequestContext, @IdArg('cohortId') cohortId: string, @IdArg('memberId') memberId: string) {
    return this.service.removeMember(ctx, cohortId, memberId);
  }

  @Roles(...STAFF)
  @Mutation(() => RosterImportResult, {
    description: 'CSV with columns name, email. Adds everyone to the cohort as candidates; people new here are invited.',
  })
  importCohortRoster(
    @Ctx() ctx: RequestContext,
    @IdArg('cohortId') cohortId: string,
    @Args('input') input: CsvImportInput,
    @Args('dryRun', {
      defaultValue: false,
      description: 'Check the file and report every bad row and what would be created, writing nothing (imported: false).',
    })
    dryRun: boolean,
  ) {
    return this.service.importRoster(ctx, cohortId, input, dryRun);
  }

  @Roles(...STAFF)
  @Mutation(() => Cohort, {
    description:
      'Ends the term: the cohort becomes read-only (COHORT_ARCHIVED on any change to it, its members or assignments) and leaves lists unless asked for.',
  })
  archiveCohort(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.setArchived(ctx, id, true);
  }

  @Roles(...STAFF)
  @Mutation(() => Cohort, { description: 'Reopens an archived cohort.' })
  unarchiveCohort(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.setArchived(ctx, id, false);
  }

  private async membersOf(ctx: RequestContext, cohort: Cohort, role: CohortRole): Promise<Membership[]> {
    const links = await ctx.loaders.manyBy(CohortMember, 'cohortId').load(cohort.id);
    const ids = links.filter((l) => l.cohortRole === role).map((l) => l.membershipId);
    const members = await ctx.loaders.byId(Membership).loadMany(ids);
    return members.filter((m): m is Membership => m instanceof Membership);
  }

  @ResolveField(() => [Membership], { description: 'Candidates only see themselves here.' })
  async candidates(@Ctx() ctx: RequestContext, @Parent() cohort: Cohort): Promise<Membership[]> {
    const members = await this.membersOf(ctx, cohort, CohortRole.CANDIDATE);
    return isStaff(ctx) ? members : members.filter((m) => m.id === ctx.membershipId);
  }

  @ResolveField(() => [Membership])
  coaches(@Ctx() ctx: RequestContext, @Parent() cohort: Cohort): Promise<Membership[]> {
    return this.membersOf(ctx, cohort, CohortRole.COACH);
  }

  @ResolveField(() => Int)
  candidateCount(@Ctx() ctx: RequestContext, @Parent() cohort: Cohort): Promise<number> {
    return ctx.loaders.countBy(CohortMember, 'cohortId', { cohortRole: CohortRole.CANDIDATE }).load(cohort.id);
  }
}

@Resolver(() => Membership)
export class MemberCohortsResolver {
  constructor(private readonly service: CohortsService) {}

  @ResolveField(() => [Cohort], {
    description: 'The cohorts they are in, as a candidate or a coach, that the caller may see; by name.',
  })
  cohorts(@Ctx() ctx: RequestContext, @Parent() member: Membership): Promise<Cohort[]> {
    return this.service.cohortsOf(ctx, member.id);
  }
}
