import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { Db } from '../database/db.service';
import { Company } from '../companies/company.entity';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { badInput, notFound } from '../common/app-error';
import { ListResult, likePattern, runList } from '../common/list';
import { QuestionBankService } from '../question-bank/question-bank.service';
import { Question } from '../question-bank/question.entity';
import { CompaniesService } from '../companies/companies.service';
import { RubricsService } from '../rubrics/rubrics.service';
import { InterviewTemplate } from './interview-template.entity';
import { TemplateItem } from './template-item.entity';
import { TemplateDrawnQuestion } from './templates.types';
import {
  CreateTemplateInput,
  TemplateItemInput,
  TemplateListOptions,
  TemplateSortField,
  UpdateTemplateInput,
} from './templates.inputs';

const SORT_COLUMNS: Record<TemplateSortField, string> = {
  [TemplateSortField.NAME]: 't.name',
  [TemplateSortField.CREATED_AT]: 't.createdAt',
};

/** A question a sitting of the template gets. */
export interface DrawnQuestion {
  question: Question;
  /** The template's limit for the question; its own otherwise. */
  timeLimit: number | null;
}

/** Interview templates. Staff read them all; a coach changes only the ones they created. */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly db: Db,
    private readonly bank: QuestionBankService,
    private readonly companies: CompaniesService,
    private readonly rubrics: RubricsService,
  ) {}

  list(ctx: RequestContext, options?: TemplateListOptions): Promise<ListResult<InterviewTemplate>> {
    const qb: SelectQueryBuilder<InterviewTemplate> = this.db.scoped(ctx, InterviewTemplate).query('t');
    const filter = options?.filter;
    if (filter?.search) qb.andWhere('t.name ILIKE :search', { search: likePattern(filter.search) });
    if (filter?.mode) qb.andWhere('t.mode = :mode', { mode: filter.mode });
    if (filter?.mine) qb.andWhere('t.createdById = :me', { me: ctx.membershipId });
    return runList(qb, options, SORT_COLUMNS, TemplateSortField.NAME);
  }

  get(ctx: { organizationId: string }, id: string): Promise<InterviewTemplate> {
    return this.db.scoped(ctx, InterviewTemplate).get(id, 'Template');
  }

  items(ctx: { organizationId: string }, templateId: string): Promise<TemplateItem[]> {
    return this.db.scoped(ctx, TemplateItem).find({ where: { templateId }, order: { position: 'ASC' } });
  }

  /**
   * The template's questions for a new sitting: fixed ones, and random draws resolved now. Sittings
   * freeze what it returns; previewDraw shows one without saving it.
   */
  /**
   * The companies a sitting of the template is about: those of its fixed questions' sets and of its draw
   * rules, for the candidate to research before starting. Batched per request.
   */
  companiesOf(ctx: RequestContext, templateId: string): Promise<Company[]> {
    return ctx.loaders
      .loader<Company[]>('template:companies', async (ids) => {
        const companies = this.db.columns(Company);
        const rows = await this.db.sql(
          ctx,
          `SELECT DISTINCT ti.template_id, ${companies.select('c')} FROM template_items ti
           LEFT JOIN questions q ON q.organization_id = $1 AND q.id = ti.question_id
           LEFT JOIN question_sets qs ON qs.organization_id = $1 AND qs.id = q.question_set_id
           JOIN companies c ON c.organization_id = $1 AND c.id = COALESCE(ti.draw_company_id, qs.company_id)
           WHERE ti.organization_id = $1 AND ti.template_id = ANY($2::uuid[])`,
          [[...ids]],
        );
        const byTemplate = new Map<string, Company[]>();
        for (const row of rows) {
          const templateId = row.template_id as string;
          byTemplate.set(templateId, [...(byTemplate.get(templateId) ?? []), companies.from(row, 'c')!]);
        }
        return ids.map((id) => (byTemplate.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name)));
      })
      .load(templateId);
  }

  async draw(ctx: RequestContext, templateId: string): Promise<DrawnQuestion[]> {
    const items = await this.items(ctx, templateId);
    const fixed = new Map(
      (
        await this.bank.getQuestions(
          ctx,
          items.flatMap((i) => (i.questionId ? [i.questionId] : [])),
        )
      ).map((q) => [q.id, q]),
    );
    const chosen: DrawnQuestion[] = [];
    for (const item of items) {
      if (item.questionId) {
        chosen.push({ question: fixed.get(item.questionId)!, timeLimit: item.timeLimitSeconds });
        continue;
      }
      const exclude = [...fixed.keys(), ...chosen.map((c) => c.question.id)];
      const drawn = await this.bank.draw(
        ctx,
        {
          questionSetId: item.drawQuestionSetId ?? undefined,
          companyId: item.drawCompanyId ?? undefined,
          type: item.drawType ?? undefined,
          difficulty: item.drawDifficulty ?? undefined,
          competency: item.drawCompetency ?? undefined,
        },
        item.drawCount ?? 1,
        exclude,
      );
      for (const question of drawn) chosen.push({ question, timeLimit: item.timeLimitSeconds });
    }
    return chosen;
  }

  /** One draw of the template, as a sitting starting now could get it; nothing is written. */
  async previewDraw(ctx: RequestContext, id: string): Promise<TemplateDrawnQuestion[]> {
    await this.get(ctx, id);
    return (await this.draw(ctx, id)).map(({ question, timeLimit }, position) => ({
      position,
      question,
      timeLimitSeconds: timeLimit ?? question.timeLimitSeconds,
    }));
  }

  async create(ctx: RequestContext, input: CreateTemplateInput): Promise<InterviewTemplate> {
    const rubricId = input.rubricId ?? (await this.rubrics.getDefault(ctx)).id;
    if (input.rubricId) await this.rubrics.get(ctx, input.rubricId);
    await this.checkItems(ctx, input.items);
    return this.db.transaction(async () => {
      const templates = this.db.scoped(ctx, InterviewTemplate);
      const template = await templates.save(
        templates.create({
          name: input.name,
          description: input.description ?? '',
          mode: input.mode,
          rubricId,
          followUpCount: input.followUpCount ?? 0,
          thinkingSeconds: input.thinkingSeconds ?? null,
          waitingRoomSeconds: input.waitingRoomSeconds ?? null,
          createdById: ctx.membershipId,
        }),
      );
      await this.writeItems(ctx, template.id, input.items);
      return template;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateTemplateInput): Promise<InterviewTemplate> {
    const template = await this.getEditable(ctx, id);
    if (input.rubricId) await this.rubrics.get(ctx, input.rubricId);
    if (input.items) await this.checkItems(ctx, input.items);
    return this.db.transaction(async () => {
      const { items, ...fields } = input;
      const saved = await this.db.scoped(ctx, InterviewTemplate).save(Object.assign(template, fields));
      if (items) {
        await this.db.scoped(ctx, TemplateItem).delete({ templateId: id });
        await this.writeItems(ctx, id, items);
      }
      return saved;
    });
  }

  /** Refused (CONFLICT) while an assignment uses the template. */
  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    await this.getEditable(ctx, id);
    return (await this.db.scoped(ctx, InterviewTemplate).delete({ id })) === 1;
  }

  private async getEditable(ctx: RequestContext, id: string): Promise<InterviewTemplate> {
    const template = await this.get(ctx, id);
    if (ctx.role !== Role.ADMIN && template.createdById !== ctx.membershipId) throw notFound('Template');
    return template;
  }

  private async checkItems(ctx: RequestContext, items: TemplateItemInput[]): Promise<void> {
    items.forEach((item, i) => {
      if (!item.questionId === !item.draw) {
        throw badInput('INVALID_TEMPLATE_ITEM', `Item ${i + 1}: give either a questionId or a draw rule, not both or neither`);
      }
    });
    await this.bank.getQuestions(
      ctx,
      items.flatMap((i) => (i.questionId ? [i.questionId] : [])),
    );
    for (const [i, item] of items.entries()) {
      if (!item.draw) continue;
      if (item.draw.questionSetId) await this.bank.getSet(ctx, item.draw.questionSetId);
      if (item.draw.companyId) await this.companies.get(ctx, item.draw.companyId);
      const available = await this.bank.countMatching(ctx, item.draw);
      if (available < item.draw.count) {
        throw badInput(
          'NOT_ENOUGH_QUESTIONS',
          `Item ${i + 1}: the draw rule asks for ${item.draw.count} questions but only ${available} match`,
        );
      }
    }
  }

  private async writeItems(ctx: RequestContext, templateId: string, items: TemplateItemInput[]): Promise<void> {
    const repo = this.db.scoped(ctx, TemplateItem);
    await repo.save(
      items.map((item, position) =>
        repo.create({
          templateId,
          position,
          questionId: item.questionId ?? null,
          drawQuestionSetId: item.draw?.questionSetId ?? null,
          drawCompanyId: item.draw?.companyId ?? null,
          drawType: item.draw?.type ?? null,
          drawDifficulty: item.draw?.difficulty ?? null,
          drawCompetency: item.draw?.competency ?? null,
          drawCount: item.draw?.count ?? null,
          timeLimitSeconds: item.timeLimitSeconds ?? null,
        }),
      ),
    );
  }
}
