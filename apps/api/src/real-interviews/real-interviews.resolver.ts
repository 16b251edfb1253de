import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg, OptionalIdArg } from '../common/id-arg';
import { ANY_MEMBER, Role, STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Membership } from '../members/membership.entity';
import { Company } from '../companies/company.entity';
import { Question } from '../question-bank/question.entity';
import { RealInterviewLog } from './real-interview-log.entity';
import { RealInterviewQuestion } from './real-interview-question.entity';
import { RealInterviewsService } from './real-interviews.service';
import {
  LogRealInterviewInput,
  PromoteRealInterviewQuestionInput,
  RealInterviewListOptions,
  UpdateRealInterviewInput,
} from './real-interviews.inputs';
import { RealInterviewList, UnexpectedQuestion } from './real-interviews.types';

@Resolver(() => RealInterviewLog)
export class RealInterviewsResolver {
  constructor(private readonly service: RealInterviewsService) {}

  @Roles(...ANY_MEMBER)
  @Query(() => RealInterviewList, {
    description:
      "A candidate's own real interviews, a coach's those of their cohorts' candidates, an admin's all; latest first by default. membershipId: one candidate's.",
  })
  realInterviews(
    @Ctx() ctx: RequestContext,
    @OptionalIdArg('membershipId') membershipId?: string,
    @Args('options', { nullable: true }) options?: RealInterviewListOptions,
  ) {
    return this.service.list(ctx, membershipId, options);
  }

  @Roles(...ANY_MEMBER)
  @Query(() => RealInterviewLog)
  realInterview(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.get(ctx, id);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => RealInterviewLog, { description: 'Logs a real interview you went to, with the questions asked.' })
  logRealInterview(@Ctx() ctx: RequestContext, @Args('input') input: LogRealInterviewInput) {
    return this.service.log(ctx, input);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => RealInterviewLog, { description: 'Questions given replace the list (a question kept keeps its id).' })
  updateRealInterview(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('input') input: UpdateRealInterviewInput) {
    return this.service.update(ctx, id, input);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => Boolean)
  deleteRealInterview(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.delete(ctx, id);
  }

  @Roles(...STAFF)
  @Mutation(() => Question, {
    description:
      'Adds a logged question to a question set, linked to where it came from; prompt and competencies default to the logged ones. For candidates you manage.',
  })
  promoteRealInterviewQuestion(@Ctx() ctx: RequestContext, @Args('input') input: PromoteRealInterviewQuestionInput) {
    return this.service.promote(ctx, input);
  }

  @Roles(...STAFF)
  @Query(() => [UnexpectedQuestion], {
    description: "The questions a cohort's candidates did not see coming in real interviews, most frequent first.",
  })
  cohortUnexpectedQuestions(
    @Ctx() ctx: RequestContext,
    @IdArg('cohortId') cohortId: string,
    @Args('take', { type: () => Int, defaultValue: 20, description: 'At most 100.' }) take: number,
  ) {
    return this.service.cohortUnexpected(ctx, cohortId, take);
  }

  @ResolveField(() => [RealInterviewQuestion], { description: 'In the order asked.' })
  questions(@Ctx() ctx: RequestContext, @Parent() log: RealInterviewLog) {
    return this.service.questions(ctx, log);
  }

  @ResolveField(() => Membership, { description: 'The candidate.' })
  candidate(@Ctx() ctx: RequestContext, @Parent() log: RealInterviewLog) {
    return ctx.loaders.byId(Membership).load(log.membershipId);
  }

  @ResolveField(() => Company, { nullable: true })
  company(@Ctx() ctx: RequestContext, @Parent() log: RealInterviewLog) {
    return log.companyId ? ctx.loaders.byId(Company).load(log.companyId) : null;
  }
}

@Resolver(() => RealInterviewQuestion)
export class RealInterviewQuestionsResolver {
  @ResolveField(() => RealInterviewLog, { description: 'The interview it was asked in.' })
  log(@Ctx() ctx: RequestContext, @Parent() question: RealInterviewQuestion) {
    return ctx.loaders.byId(RealInterviewLog).load(question.logId);
  }
}

@Resolver(() => Question)
export class QuestionSourceResolver {
  constructor(private readonly service: RealInterviewsService) {}

  @ResolveField(() => RealInterviewQuestion, {
    nullable: true,
    description: 'The real-interview question it was promoted from, when you manage the candidate who logged it.',
  })
  sourceRealInterviewQuestion(@Ctx() ctx: RequestContext, @Parent() question: Question) {
    return this.service.source(ctx, question);
  }
}
