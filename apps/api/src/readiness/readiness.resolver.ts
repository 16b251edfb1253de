import { Args, Float, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg, OptionalIdArg } from '../common/id-arg';
import { ANY_MEMBER, Role, STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { badInput } from '../common/app-error';
import { Membership } from '../members/membership.entity';
import { CandidateReadiness } from './candidate-readiness.entity';
import { CompetencyReadiness, PracticePlan, ReadinessComponent } from './readiness.types';
import { ReadinessSettings } from './readiness-settings.entity';
import { ReadinessSettingsService } from './readiness-settings.service';
import { UpdateReadinessSettingsInput } from './readiness.inputs';
import { CohortReadinessService } from './cohort-readiness.service';
import {
  CandidateStandingList,
  CohortCompetency,
  CohortCompletion,
  CohortReadiness,
  LevelCount,
  StandingListOptions,
  WeekTrend,
} from './cohort-readiness.types';

const MAX_WEEKS = 104;

@Resolver(() => CohortReadiness)
export class CohortReadinessResolver {
  constructor(private readonly service: CohortReadinessService) {}

  @Roles(...STAFF)
  @Query(() => CohortReadiness, {
    description: 'The cohort dashboard: readiness, competencies, trend, completion and who needs help.',
  })
  cohortReadiness(@Ctx() ctx: RequestContext, @IdArg('cohortId') cohortId: string) {
    return this.service.summary(ctx, cohortId);
  }

  @ResolveField(() => Int, { description: 'Candidates with a readiness in this cohort.' })
  async candidates(@Ctx() ctx: RequestContext, @Parent() parent: CohortReadiness) {
    return (await this.service.levels(ctx, parent)).candidates;
  }

  @ResolveField(() => Float, { nullable: true })
  async averageScore(@Ctx() ctx: RequestContext, @Parent() parent: CohortReadiness) {
    return (await this.service.levels(ctx, parent)).averageScore;
  }

  @ResolveField(() => Int, { description: 'Candidates at or above the readiness target.' })
  async atTarget(@Ctx() ctx: RequestContext, @Parent() parent: CohortReadiness) {
    return (await this.service.levels(ctx, parent)).atTarget;
  }

  @ResolveField(() => [LevelCount], { description: 'Every level, lowest first (zero counts included).' })
  async distribution(@Ctx() ctx: RequestContext, @Parent() parent: CohortReadiness) {
    return (await this.service.levels(ctx, parent)).distribution;
  }

  @ResolveField(() => [CohortCompetency], {
    description: 'Weakest first: the cohort x competency matrix is `standings { readiness { competencies } }`.',
  })
  competencies(@Ctx() ctx: RequestContext, @Parent() parent: CohortReadiness) {
    return this.service.competencies(ctx, parent.cohortId);
  }

  @ResolveField(() => [WeekTrend], { description: 'The latest weeks of practice, oldest first.' })
  weeklyTrend(
    @Ctx() ctx: RequestContext,
    @Parent() parent: CohortReadiness,
    @Args('weeks', { type: () => Int, defaultValue: 12, description: `1..${MAX_WEEKS}` }) weeks: number,
  ) {
    if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS)
      throw badInput('WEEKS_OUT_OF_RANGE', `weeks must be from 1 to ${MAX_WEEKS}`);
    return this.service.weeklyTrend(ctx, parent.cohortId, weeks);
  }

  @ResolveField(() => CohortCompletion)
  completion(@Ctx() ctx: RequestContext, @Parent() parent: CohortReadiness) {
    return this.service.completion(ctx, parent.cohortId);
  }

  @ResolveField(() => CandidateStandingList, {
    description:
      'Every candidate with readiness, competencies (the matrix) and at-risk reasons. Lowest readiness first by default.',
  })
  standings(
    @Ctx() ctx: RequestContext,
    @Parent() parent: CohortReadiness,
    @Args('options', { nullable: true }) options?: StandingListOptions,
  ) {
    return this.service.standings(ctx, parent.cohortId, options, false);
  }

  @ResolveField(() => CandidateStandingList, {
    description:
      'Candidates with at least one reason to worry: readiness below DEVELOPING, falling, overdue assignments, inactive for 14 days, a realistic interview not started by its due date. Most reasons first by default.',
  })
  atRisk(
    @Ctx() ctx: RequestContext,
    @Parent() parent: CohortReadiness,
    @Args('options', { nullable: true }) options?: StandingListOptions,
  ) {
    return this.service.standings(ctx, parent.cohortId, options, true);
  }
}

@Resolver(() => CandidateReadiness)
export class CandidateReadinessResolver {
  constructor(private readonly service: CohortReadinessService) {}

  @Roles(...ANY_MEMBER)
  @Query(() => [CandidateReadiness], {
    description: "A candidate's readiness in each of their cohorts (a candidate may ask for their own), every figure explained.",
  })
  candidateReadiness(
    @Ctx() ctx: RequestContext,
    @IdArg('membershipId') membershipId: string,
    @OptionalIdArg('cohortId', 'Only this cohort.') cohortId?: string,
  ) {
    return this.service.ofCandidate(ctx, membershipId, cohortId);
  }

  @Roles(...ANY_MEMBER)
  @Query(() => PracticePlan, {
    description: 'What to practise next (yours by default): startPractice(input: { recommended: true }) draws from it.',
  })
  practiceNext(@Ctx() ctx: RequestContext, @OptionalIdArg('membershipId', 'A candidate staff manage.') membershipId?: string) {
    return this.service.practicePlan(ctx, membershipId ?? ctx.membershipId);
  }

  @ResolveField(() => [ReadinessComponent], { description: 'What the score is made of: value x weight, explained.' })
  async components(@Ctx() ctx: RequestContext, @Parent() readiness: CandidateReadiness) {
    return (await this.explained(ctx, readiness)).components;
  }

  @ResolveField(() => [CompetencyReadiness], {
    description: 'Weakest first; required competencies never practised first of all.',
  })
  async competencies(@Ctx() ctx: RequestContext, @Parent() readiness: CandidateReadiness) {
    return (await this.explained(ctx, readiness)).competencies;
  }

  @ResolveField(() => Int, { description: 'Open action items the candidate has to work on.' })
  openActionItems(@Ctx() ctx: RequestContext, @Parent() readiness: CandidateReadiness) {
    return this.service.openActionItems(ctx, readiness.membershipId);
  }

  /** Lists of standings leave the explanation out (it is large): read then, only when asked for. */
  private async explained(ctx: RequestContext, readiness: CandidateReadiness) {
    const { components, competencies }: Partial<CandidateReadiness> = readiness;
    return components && competencies ? { components, competencies } : this.service.explanation(ctx, readiness.id);
  }

  @ResolveField(() => Membership, { description: 'The candidate.' })
  member(@Ctx() ctx: RequestContext, @Parent() readiness: CandidateReadiness) {
    return ctx.loaders.byId(Membership).load(readiness.membershipId);
  }
}

@Resolver(() => Membership)
export class MemberReadinessResolver {
  constructor(private readonly service: CohortReadinessService) {}

  @ResolveField(() => [CandidateReadiness], {
    description:
      "A candidate's readiness in each of their cohorts the caller manages (a candidate: their own); empty for anyone else.",
  })
  readiness(@Ctx() ctx: RequestContext, @Parent() member: Membership): Promise<CandidateReadiness[]> {
    return this.service.visibleOf(ctx, member.id);
  }
}

@Resolver(() => ReadinessSettings)
export class ReadinessSettingsResolver {
  constructor(private readonly service: ReadinessSettingsService) {}

  @Roles(...STAFF)
  @Query(() => ReadinessSettings, { description: "The organization's readiness weights and competency names." })
  readinessSettings(@Ctx() ctx: RequestContext) {
    return this.service.get(ctx);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => ReadinessSettings, {
    description: 'Sets readiness weights and competency names; every readiness is then recomputed.',
  })
  updateReadinessSettings(@Ctx() ctx: RequestContext, @Args('input') input: UpdateReadinessSettingsInput) {
    return this.service.update(ctx, input);
  }
}
