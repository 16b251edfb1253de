import { Args, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { ANY_MEMBER, Role } from '../common/role';
import { isStaff, type RequestContext } from '../common/request-context';
import { InterviewMode } from '../templates/interview-template.entity';
import { Evaluation } from '../scoring/evaluation.entity';
import { InterviewSession } from './interview-session.entity';
import { SessionQuestion } from './session-question.entity';
import { Answer, AnswerStatus } from './answer.entity';
import { ScoringEvents } from '../scoring/scoring-events';
import { SessionsService, waitingRoomLeft } from './sessions.service';
import {
  AnswerInput,
  CompleteSessionInput,
  PractiseLoggedQuestionInput,
  SessionListOptions,
  StartPracticeInput,
  StartSessionInput,
} from './sessions.inputs';
import { ListOf } from '../common/list';
import { Membership } from '../members/membership.entity';
import { CompetencyScore } from './practice-generator';
import { SittingAllowance } from './sitting-allowance';
import { AssignmentCandidate } from '../assignments/assignment-candidate.entity';

@ObjectType()
export class SessionList extends ListOf(InterviewSession) {}

@Resolver(() => InterviewSession)
export class SessionsResolver {
  constructor(private readonly service: SessionsService) {}

  @Roles(Role.CANDIDATE)
  @Mutation(() => InterviewSession, {
    description:
      'Starts a sitting of an assignment (its questions are fixed now), or returns your open one. A realistic assignment allows one sitting unless retakes remain (else CONFLICT REALISTIC_ALREADY_TAKEN).',
  })
  startSession(@Ctx() ctx: RequestContext, @Args('input') input: StartSessionInput) {
    return this.service.start(ctx, input);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => InterviewSession, {
    description: 'Starts free practice: questions drawn at random, about 80% from your weakest competencies.',
  })
  startPractice(@Ctx() ctx: RequestContext, @Args('input') input: StartPracticeInput) {
    return this.service.startPractice(ctx, input);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => InterviewSession, {
    description: 'Starts practice of one question you logged from a real interview, worded as it was asked (else NOT_FOUND).',
  })
  practiseLoggedQuestion(@Ctx() ctx: RequestContext, @Args('input') input: PractiseLoggedQuestionInput) {
    return this.service.practiseLogged(ctx, input);
  }

  @Roles(Role.CANDIDATE)
  @Query(() => [CompetencyScore], { description: 'Your competencies from your recent answers, weakest first.' })
  myCompetencies(@Ctx() ctx: RequestContext) {
    return this.service.competencyScores(ctx);
  }

  @Roles(...ANY_MEMBER)
  @Query(() => SessionList, {
    description: 'Candidates get their own sessions, coaches those of their cohorts, admins all. Newest first by default.',
  })
  sessions(@Ctx() ctx: RequestContext, @Args('options', { nullable: true }) options?: SessionListOptions) {
    return this.service.list(ctx, options);
  }

  @Roles(...ANY_MEMBER)
  @Query(() => InterviewSession)
  session(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.get(ctx, id);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => SessionQuestion, {
    description:
      'Reveals a question and starts its clock (thinking time, then the answer time). Realistic mode: in order only, and the first question after the waiting room (else CONFLICT WAITING_ROOM with `secondsLeft` in the extensions).',
  })
  showQuestion(
    @Ctx() ctx: RequestContext,
    @IdArg('sessionId') sessionId: string,
    @Args('position', { type: () => Int }) position: number,
  ) {
    return this.service.showQuestion(ctx, sessionId, position);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => Answer, { description: 'Autosaves the answer being written.' })
  saveAnswerDraft(@Ctx() ctx: RequestContext, @Args('input') input: AnswerInput) {
    return this.service.saveDraft(ctx, input);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => Answer, { description: 'Submits the answer; its evaluation follows (poll `answer(id) { evaluation }`).' })
  submitAnswer(@Ctx() ctx: RequestContext, @Args('input') input: AnswerInput) {
    return this.service.submit(ctx, input);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => InterviewSession, { description: 'Counts a focus loss (the candidate left the interview window).' })
  reportFocusLoss(@Ctx() ctx: RequestContext, @IdArg('sessionId') sessionId: string) {
    return this.service.reportFocusLoss(ctx, sessionId);
  }

  @Roles(Role.CANDIDATE)
  @Mutation(() => InterviewSession)
  completeSession(
    @Ctx() ctx: RequestContext,
    @IdArg() id: string,
    @Args('input', { nullable: true }) input?: CompleteSessionInput,
  ) {
    return this.service.complete(ctx, id, input ?? {});
  }

  @Roles(...ANY_MEMBER)
  @Query(() => Answer, { description: 'An answer with its evaluation once scored (the polling fallback).' })
  answer(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.answer(ctx, id);
  }

  @ResolveField(() => Membership, { description: 'The candidate who sat it.' })
  candidate(@Ctx() ctx: RequestContext, @Parent() session: InterviewSession) {
    return ctx.loaders.byId(Membership).load(session.membershipId);
  }

  @ResolveField(() => Int, {
    description:
      "Seconds of the waiting room still to go, by the server's clock (0 once over, or without one): the first question can be shown at 0.",
  })
  waitingRoomSecondsLeft(@Parent() session: InterviewSession): number {
    return waitingRoomLeft(session);
  }

  @ResolveField(() => Int, {
    description:
      'Answers whose score the AI withheld (too little to judge) that no coach has scored yet: they count for nothing until one does. 0 for the candidate, whose report says it per answer.',
  })
  awaitingCoachScore(@Ctx() ctx: RequestContext, @Parent() session: InterviewSession): Promise<number> | number {
    return isStaff(ctx) ? this.service.awaitingCoachScore(ctx, session) : 0;
  }

  @ResolveField(() => [SessionQuestion])
  questions(@Ctx() ctx: RequestContext, @Parent() session: InterviewSession) {
    return ctx.loaders.manyBy(SessionQuestion, 'sessionId', { position: 'ASC' }).load(session.id);
  }
}

@Resolver(() => SessionQuestion)
export class SessionQuestionsResolver {
  @ResolveField(() => String, { nullable: true, description: 'Null until the question is shown (realistic mode).' })
  async prompt(@Ctx() ctx: RequestContext, @Parent() question: SessionQuestion): Promise<string | null> {
    if (question.shownAt || isStaff(ctx)) return question.prompt;
    const session = await ctx.loaders.byId(InterviewSession).load(question.sessionId);
    return session?.mode === InterviewMode.PRACTICE ? question.prompt : null;
  }

  @ResolveField(() => [Answer], { description: 'Attempts, first to last.' })
  answers(@Ctx() ctx: RequestContext, @Parent() question: SessionQuestion) {
    return ctx.loaders.manyBy(Answer, 'sessionQuestionId', { attempt: 'ASC' }).load(question.id);
  }
}

@Resolver(() => Answer)
export class AnswersResolver {
  constructor(
    private readonly service: SessionsService,
    private readonly events: ScoringEvents,
  ) {}

  @Roles(...ANY_MEMBER)
  @Subscription(() => Answer, {
    description:
      'The answer once scored (at once if it already is), then the stream ends; its evaluation as `answer(id)` shows it (null for the candidate during a realistic sitting). Over graphql-ws at /graphql with `{ authorization: "Bearer <token>" }` as connection params; `answer(id)` is the polling fallback.',
    resolve: (answer: Answer) => answer,
  })
  async answerScored(@Ctx() ctx: RequestContext, @IdArg('answerId') answerId: string) {
    await this.service.answer(ctx, answerId);
    return this.events.until(
      answerId,
      () => this.service.answer(ctx, answerId),
      (answer) => answer.status === AnswerStatus.SCORED,
    );
  }

  @ResolveField(() => Evaluation, {
    nullable: true,
    description: 'Null until scored; for the candidate, null while their realistic sitting is in progress.',
  })
  evaluation(@Ctx() ctx: RequestContext, @Parent() answer: Answer): Promise<Evaluation | null> {
    return this.service.evaluation(ctx, answer);
  }
}

@Resolver(() => AssignmentCandidate)
export class AssignmentSittingsResolver {
  constructor(private readonly allowance: SittingAllowance) {}

  @ResolveField(() => Int, {
    nullable: true,
    description:
      'Realistic sittings the candidate may still start: 1 + retakes granted + accommodation extra retakes - sittings started. Null for practice: no limit.',
  })
  sittingsRemaining(@Ctx() ctx: RequestContext, @Parent() row: AssignmentCandidate) {
    return this.allowance.remainingOf(ctx, row.id);
  }
}
