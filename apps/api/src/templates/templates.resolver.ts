import { Args, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { Company } from '../companies/company.entity';
import { IdArg } from '../common/id-arg';
import { STAFF } from '../common/role';
import { isStaff, type RequestContext } from '../common/request-context';
import { forbidden } from '../common/app-error';
import { ListOf } from '../common/list';
import { Rubric } from '../rubrics/rubric.entity';
import { Question } from '../question-bank/question.entity';
import { InterviewTemplate } from './interview-template.entity';
import { TemplateItem } from './template-item.entity';
import { TemplatesService } from './templates.service';
import { TemplateDrawnQuestion } from './templates.types';
import { CreateTemplateInput, TemplateListOptions, UpdateTemplateInput } from './templates.inputs';

@ObjectType()
class InterviewTemplateList extends ListOf(InterviewTemplate) {}

/** Templates hold the questions, so they are staff-only; candidates meet questions inside a session. */
@Resolver(() => InterviewTemplate)
export class TemplatesResolver {
  constructor(private readonly service: TemplatesService) {}

  @Roles(...STAFF)
  @Query(() => InterviewTemplateList)
  templates(@Ctx() ctx: RequestContext, @Args('options', { nullable: true }) options?: TemplateListOptions) {
    return this.service.list(ctx, options);
  }

  @Roles(...STAFF)
  @Query(() => InterviewTemplate)
  template(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.get(ctx, id);
  }

  @Roles(...STAFF)
  @Query(() => [TemplateDrawnQuestion], {
    description: 'One random draw of the template, as a sitting starting now could get it (nothing is saved).',
  })
  previewTemplateDraw(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.previewDraw(ctx, id);
  }

  @Roles(...STAFF)
  @Mutation(() => InterviewTemplate)
  createTemplate(@Ctx() ctx: RequestContext, @Args('input') input: CreateTemplateInput) {
    return this.service.create(ctx, input);
  }

  @Roles(...STAFF)
  @Mutation(() => InterviewTemplate, { description: 'Coaches change only their own templates.' })
  updateTemplate(@Ctx() ctx: RequestContext, @IdArg() id: string, @Args('input') input: UpdateTemplateInput) {
    return this.service.update(ctx, id, input);
  }

  @Roles(...STAFF)
  @Mutation(() => Boolean)
  deleteTemplate(@Ctx() ctx: RequestContext, @IdArg() id: string) {
    return this.service.delete(ctx, id);
  }

  @ResolveField(() => [TemplateItem], { description: 'Staff only: candidates see questions when they are asked.' })
  items(@Ctx() ctx: RequestContext, @Parent() template: InterviewTemplate) {
    if (!isStaff(ctx)) throw forbidden('QUESTIONS_HIDDEN', 'Questions are revealed during the interview');
    return ctx.loaders.manyBy(TemplateItem, 'templateId', { position: 'ASC' }).load(template.id);
  }

  @ResolveField(() => [Company], {
    description:
      "The companies its questions come from (fixed questions' sets and draw rules), with their culture notes and stack: what a candidate researches before a sitting.",
  })
  companies(@Ctx() ctx: RequestContext, @Parent() template: InterviewTemplate) {
    return this.service.companiesOf(ctx, template.id);
  }

  @ResolveField(() => Rubric)
  rubric(@Ctx() ctx: RequestContext, @Parent() template: InterviewTemplate) {
    return ctx.loaders.byId(Rubric).load(template.rubricId);
  }
}

@Resolver(() => TemplateItem)
export class TemplateItemsResolver {
  @ResolveField(() => Question, { nullable: true })
  question(@Ctx() ctx: RequestContext, @Parent() item: TemplateItem) {
    return item.questionId ? ctx.loaders.byId(Question).load(item.questionId) : null;
  }
}
