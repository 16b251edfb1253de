import { Args, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { ListOf } from '../common/list';
import { CsvImportInput, ImportResult } from '../common/csv';
import { Company } from '../companies/company.entity';
import { QuestionSet } from './question-set.entity';
import { Question } from './question.entity';
import { QuestionBankService } from './question-bank.service';
import {
  CreateQuestionInput,
  CreateQuestionSetInput,
  QuestionListOptions,
  QuestionSetListOptions,
  UpdateQuestionInput,
  UpdateQuestionSetInput,
} from './question-bank.inputs';

@ObjectType()
class QuestionSetList extends ListOf(QuestionSet) {}

@ObjectType()
class QuestionList extends ListOf(Question) {}

/** The question bank is staff-only: candidates meet questions only inside an interview. */
@Resolver(() => QuestionSet)
export class QuestionSetsResolver {
  constructor(private readonly bank: QuestionBankService) {}

  @Roles(...STAFF)
  @Query(() => QuestionSetList)
  questionSets(@Ctx() ctx: RequestContext, @Args('options', { nullable: true }) options?: QuestionSetListOptions) {
    return this.bank.listSets(ctx, options);
  }

  @Roles(...STAFF)
  @Query(() => QuestionSet)
  questionSet(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.bank.getSet(ctx, id);
  }

  @Roles(...STAFF)
  @Mutation(() => QuestionSet)
  createQuestionSet(@Ctx() ctx: RequestContext, @Args('input') input: CreateQuestionSetInput) {
    return this.bank.createSet(ctx, input);
  }

  @Roles(...STAFF)
  @Mutation(() => QuestionSet)
  updateQuestionSet(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('input') input: UpdateQuestionSetInput) {
    return this.bank.updateSet(ctx, id, input);
  }

  @Roles(...STAFF)
  @Mutation(() => Boolean, { description: 'Deletes the set with its questions; refused while a template uses them.' })
  deleteQuestionSet(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.bank.deleteSet(ctx, id);
  }

  @Roles(...STAFF)
  @Mutation(() => ImportResult, {
    description:
      'CSV columns: prompt, type (required); difficulty, competencies, talking points, follow ups (";"-separated), time limit seconds.',
  })
  importQuestions(
    @Ctx() ctx: RequestContext,
    @IdArg('questionSetId') questionSetId: string,
    @Args('input') input: CsvImportInput,
  ) {
    return this.bank.importQuestions(ctx, questionSetId, input);
  }

  @ResolveField(() => Company, { nullable: true })
  company(@Ctx() ctx: RequestContext, @Parent() set: QuestionSet) {
    return set.companyId ? ctx.loaders.byId(Company).load(set.companyId) : null;
  }

  @ResolveField(() => Int)
  questionCount(@Ctx() ctx: RequestContext, @Parent() set: QuestionSet) {
    return ctx.loaders.countBy(Question, 'questionSetId').load(set.id);
  }
}

@Resolver(() => Question)
export class QuestionsResolver {
  constructor(private readonly bank: QuestionBankService) {}

  @Roles(...STAFF)
  @Query(() => QuestionList)
  questions(@Ctx() ctx: RequestContext, @Args('options', { nullable: true }) options?: QuestionListOptions) {
    return this.bank.listQuestions(ctx, options);
  }

  @Roles(...STAFF)
  @Query(() => Question)
  question(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.bank.getQuestion(ctx, id);
  }

  @Roles(...STAFF)
  @Mutation(() => Question)
  createQuestion(@Ctx() ctx: RequestContext, @Args('input') input: CreateQuestionInput) {
    return this.bank.createQuestion(ctx, input);
  }

  @Roles(...STAFF)
  @Mutation(() => Question)
  updateQuestion(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('input') input: UpdateQuestionInput) {
    return this.bank.updateQuestion(ctx, id, input);
  }

  @Roles(...STAFF)
  @Mutation(() => Boolean, { description: 'Refused while a template uses the question.' })
  deleteQuestion(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.bank.deleteQuestion(ctx, id);
  }

  @ResolveField(() => QuestionSet)
  questionSet(@Ctx() ctx: RequestContext, @Parent() question: Question) {
    return ctx.loaders.byId(QuestionSet).load(question.questionSetId);
  }
}
