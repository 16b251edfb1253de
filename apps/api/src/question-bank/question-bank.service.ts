import { competencyKey, competencyKeySql } from '../readiness/analytics-rules';
import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { conflict } from '../common/app-error';
import { ListResult, likePattern, runList } from '../common/list';
import { CsvImportInput, ImportMode, ImportResult, ImportRowError, parseCsv, splitList } from '../common/csv';
import { CompaniesService } from '../companies/companies.service';
import { QuestionSet } from './question-set.entity';
import { DEFAULT_TIME_LIMIT_SECONDS, Difficulty, Question } from './question.entity';
import {
  CreateQuestionInput,
  CreateQuestionSetInput,
  QuestionFilter,
  QuestionListOptions,
  QuestionSetListOptions,
  QuestionSetSortField,
  QuestionSortField,
  UpdateQuestionInput,
  UpdateQuestionSetInput,
} from './question-bank.inputs';

/**
 * A question filter, plus: having at least one of these competencies (free practice's weighting), and
 * for free practice, none of the staff-only sets.
 */
export type DrawFilter = QuestionFilter & { competencyAmong?: string[]; practice?: boolean };

const SET_SORT: Record<QuestionSetSortField, string> = {
  [QuestionSetSortField.NAME]: 's.name',
  [QuestionSetSortField.CREATED_AT]: 's.createdAt',
};

const QUESTION_SORT: Record<QuestionSortField, string> = {
  [QuestionSortField.CREATED_AT]: 'q.createdAt',
  [QuestionSortField.TYPE]: 'q.type',
  [QuestionSortField.DIFFICULTY]: 'q.difficulty',
  [QuestionSortField.PROMPT]: 'q.prompt',
};

const CSV_COLUMNS = {
  required: ['prompt', 'type'],
  optional: ['difficulty', 'competencies', 'talkingPoints', 'followUps', 'timeLimitSeconds'],
};

/** Question sets and their questions. */
@Injectable()
export class QuestionBankService {
  constructor(
    private readonly db: Db,
    private readonly companies: CompaniesService,
  ) {}

  listSets(ctx: RequestContext, options?: QuestionSetListOptions): Promise<ListResult<QuestionSet>> {
    const qb = this.db.scoped(ctx, QuestionSet).query('s');
    const filter = options?.filter;
    if (filter?.search) qb.andWhere('s.name ILIKE :search', { search: likePattern(filter.search) });
    if (filter?.companyId) qb.andWhere('s.companyId = :companyId', { companyId: filter.companyId });
    return runList(qb, options, SET_SORT, QuestionSetSortField.NAME);
  }

  getSet(ctx: RequestContext, id: string): Promise<QuestionSet> {
    return this.db.scoped(ctx, QuestionSet).get(id, 'Question set');
  }

  async createSet(ctx: RequestContext, input: CreateQuestionSetInput): Promise<QuestionSet> {
    if (input.companyId) await this.companies.get(ctx, input.companyId);
    const sets = this.db.scoped(ctx, QuestionSet);
    return sets.save(sets.create({ description: '', companyId: null, roleTrack: null, ...input }));
  }

  async updateSet(ctx: RequestContext, id: string, input: UpdateQuestionSetInput): Promise<QuestionSet> {
    const set = await this.getSet(ctx, id);
    if (input.companyId) await this.companies.get(ctx, input.companyId);
    return this.db.scoped(ctx, QuestionSet).save(Object.assign(set, input));
  }

  /** Deletes the set and its questions; refused (CONFLICT) while a template uses one of them. */
  async deleteSet(ctx: RequestContext, id: string): Promise<boolean> {
    await this.getSet(ctx, id);
    return (await this.db.scoped(ctx, QuestionSet).delete({ id })) === 1;
  }

  listQuestions(ctx: RequestContext, options?: QuestionListOptions): Promise<ListResult<Question>> {
    return runList(this.matching(ctx, options?.filter), options, QUESTION_SORT, QuestionSortField.CREATED_AT);
  }

  /** How many questions a template's draw rule can choose from. */
  countMatching(ctx: RequestContext, filter: QuestionFilter): Promise<number> {
    return this.matching(ctx, filter).getCount();
  }

  /** `count` random questions matching a draw rule, none of `exclude` (a session's other questions). */
  draw(ctx: RequestContext, filter: DrawFilter, count: number, exclude: string[]): Promise<Question[]> {
    const qb = this.matching(ctx, filter);
    if (exclude.length) qb.andWhere('q.id NOT IN (:...exclude)', { exclude });
    return qb.orderBy('random()').limit(count).getMany();
  }

  private matching(ctx: RequestContext, filter?: DrawFilter): SelectQueryBuilder<Question> {
    const qb = this.db.scoped(ctx, Question).query('q');
    if (filter?.questionSetId) qb.andWhere('q.questionSetId = :setId', { setId: filter.questionSetId });
    if (filter?.companyId || filter?.practice) {
      qb.innerJoin(QuestionSet, 's', 's.id = q.questionSetId AND s.organizationId = q.organizationId');
      if (filter.companyId) qb.andWhere('s.companyId = :companyId', { companyId: filter.companyId });
      if (filter.practice) qb.andWhere('NOT s.staffOnly');
    }
    if (filter?.type) qb.andWhere('q.type = :type', { type: filter.type });
    if (filter?.difficulty) qb.andWhere('q.difficulty = :difficulty', { difficulty: filter.difficulty });
    if (filter?.competency) {
      qb.andWhere(`EXISTS (SELECT 1 FROM unnest(q.competencies) c WHERE ${competencyKeySql('c')} = :competency)`, {
        competency: competencyKey(filter.competency),
      });
    }
    if (filter?.competencyAmong) {
      qb.andWhere(`EXISTS (SELECT 1 FROM unnest(q.competencies) c WHERE ${competencyKeySql('c')} IN (:...among))`, {
        among: filter.competencyAmong.map(competencyKey),
      });
    }
    if (filter?.search) qb.andWhere('q.prompt ILIKE :search', { search: likePattern(filter.search) });
    return qb;
  }

  getQuestion(ctx: RequestContext, id: string): Promise<Question> {
    return this.db.scoped(ctx, Question).get(id, 'Question');
  }

  /** Questions by id, or NOT_FOUND if any is missing (templates use this). */
  getQuestions(ctx: RequestContext, ids: string[]): Promise<Question[]> {
    return this.db.scoped(ctx, Question).getMany(ids, 'Question');
  }

  /**
   * `source`: the question a candidate logged from a real interview, when a coach promotes it; a logged
   * question goes into a set once (CONFLICT ALREADY_PROMOTED).
   */
  async createQuestion(
    ctx: RequestContext,
    input: CreateQuestionInput,
    source: { sourceRealInterviewQuestionId?: string } = {},
  ): Promise<Question> {
    await this.getSet(ctx, input.questionSetId);
    const questions = this.db.scoped(ctx, Question);
    const from = source.sourceRealInterviewQuestionId;
    if (from && (await questions.exists({ questionSetId: input.questionSetId, sourceRealInterviewQuestionId: from }))) {
      throw conflict('ALREADY_PROMOTED', 'This logged question is already in that question set');
    }
    return questions.save(questions.create({ ...this.questionDefaults(input), ...source }));
  }

  async updateQuestion(ctx: RequestContext, id: string, input: UpdateQuestionInput): Promise<Question> {
    const question = await this.getQuestion(ctx, id);
    return this.db.scoped(ctx, Question).save(Object.assign(question, input));
  }

  async deleteQuestion(ctx: RequestContext, id: string): Promise<boolean> {
    await this.getQuestion(ctx, id);
    return (await this.db.scoped(ctx, Question).delete({ id })) === 1;
  }

  /**
   * CSV columns: prompt, type (required); difficulty, competencies, talking points, follow ups
   * (lists separated by ";" or "|"), time limit seconds. Each row passes the same checks as createQuestion.
   */
  async importQuestions(ctx: RequestContext, questionSetId: string, input: CsvImportInput): Promise<ImportResult> {
    await this.getSet(ctx, questionSetId);
    const errors: ImportRowError[] = [];
    const good: CreateQuestionInput[] = [];
    for (const { line, values } of parseCsv(input.csv, CSV_COLUMNS)) {
      const limit = values.timeLimitSeconds;
      const candidate = plainToInstance(CreateQuestionInput, {
        questionSetId,
        prompt: values.prompt,
        type: values.type.toUpperCase().replace(/[\s-]+/g, '_'),
        difficulty: values.difficulty ? values.difficulty.toUpperCase() : undefined,
        competencies: splitList(values.competencies),
        talkingPoints: splitList(values.talkingPoints),
        followUps: splitList(values.followUps),
        timeLimitSeconds: limit ? (/^\d+$/.test(limit) ? Number(limit) : limit) : undefined,
      });
      const problems = validateSync(candidate).flatMap((e) => Object.values(e.constraints ?? {}));
      if (problems.length) errors.push({ line, message: problems.join('; ') });
      else good.push(candidate);
    }
    if (errors.length && input.mode === ImportMode.ALL_OR_NOTHING) return { imported: false, created: 0, existing: 0, errors };
    await this.db.transaction(() => {
      const questions = this.db.scoped(ctx, Question);
      return questions.save(good.map((q) => questions.create(this.questionDefaults(q))));
    });
    return { imported: true, created: good.length, existing: 0, errors };
  }

  private questionDefaults(input: CreateQuestionInput): Partial<Question> {
    return {
      difficulty: Difficulty.MEDIUM,
      competencies: [],
      talkingPoints: [],
      followUps: [],
      timeLimitSeconds: DEFAULT_TIME_LIMIT_SECONDS,
      ...input,
    };
  }
}
