import { Injectable } from '@nestjs/common';
import { In, SelectQueryBuilder } from 'typeorm';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { badInput, notFound } from '../common/app-error';
import { ListResult, MAX_PAGE_SIZE, runList, SortOrder } from '../common/list';
import { CohortsService } from '../cohorts/cohorts.service';
import { onlyOwnOrManaged } from '../cohorts/coaching';
import { CohortRole } from '../cohorts/cohort-member.entity';
import { CompaniesService } from '../companies/companies.service';
import { QuestionBankService } from '../question-bank/question-bank.service';
import { CreateQuestionInput } from '../question-bank/question-bank.inputs';
import { Question } from '../question-bank/question.entity';
import { competencyKey } from '../readiness/analytics-rules';
import { RealInterviewLog } from './real-interview-log.entity';
import { RealInterviewQuestion } from './real-interview-question.entity';
import {
  LogRealInterviewInput,
  PromoteRealInterviewQuestionInput,
  RealInterviewListOptions,
  RealInterviewQuestionInput,
  RealInterviewSortField,
  UpdateRealInterviewInput,
} from './real-interviews.inputs';
import { UnexpectedQuestion } from './real-interviews.types';

const SORT_COLUMNS: Record<RealInterviewSortField, string> = {
  [RealInterviewSortField.INTERVIEWED_ON]: 'l.interviewedOn',
  [RealInterviewSortField.CREATED_AT]: 'l.createdAt',
};

/** Questions are the same question when their text is, ignoring case and spacing (as competencies are named). */
const promptKey = competencyKey;

/** The unexpected questions the candidates of cohort $2 reported, grouped, most frequent first ($3 of them). */
const COHORT_UNEXPECTED = `SELECT
    (array_agg(q.prompt ORDER BY l.interviewed_on DESC, l.created_at DESC))[1] AS prompt,
    count(*)::int AS count,
    count(DISTINCT l.membership_id)::int AS "candidateCount",
    to_char(max(l.interviewed_on), 'YYYY-MM-DD') AS "latestOn",
    array_agg(DISTINCT l.company_name ORDER BY l.company_name) AS companies
  FROM cohort_members cm
  JOIN real_interview_logs l ON l.membership_id = cm.membership_id AND l.organization_id = $1
  JOIN real_interview_questions q ON q.log_id = l.id AND q.organization_id = $1
  WHERE cm.organization_id = $1 AND cm.cohort_id = $2 AND cm.cohort_role = '${CohortRole.CANDIDATE}' AND q.unexpected
  GROUP BY q.prompt_key
  ORDER BY count(*) DESC, max(l.interviewed_on) DESC, q.prompt_key
  LIMIT $3`;

const tomorrow = (): string => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

/**
 * Real interviews candidates went to. A candidate logs, edits and deletes their own; staff read those
 * of the candidates they manage (see coaching.ts), promote a logged question into the bank and see
 * which questions surprised a cohort.
 */
@Injectable()
export class RealInterviewsService {
  constructor(
    private readonly db: Db,
    private readonly cohorts: CohortsService,
    private readonly companies: CompaniesService,
    private readonly bank: QuestionBankService,
  ) {}

  private visible(ctx: RequestContext): SelectQueryBuilder<RealInterviewLog> {
    return onlyOwnOrManaged(this.db.scoped(ctx, RealInterviewLog).query('l'), ctx, 'l.membershipId');
  }

  /** Latest interview first unless sorted otherwise; `membershipId` another candidate's, or one the caller does not manage: NOT_FOUND. */
  async list(
    ctx: RequestContext,
    membershipId?: string,
    options?: RealInterviewListOptions,
  ): Promise<ListResult<RealInterviewLog>> {
    if (membershipId) await this.cohorts.assertCanSeeCandidate(ctx, membershipId);
    const qb = this.visible(ctx);
    if (membershipId) qb.andWhere('l.membershipId = :membershipId', { membershipId });
    if (options?.filter?.stage) qb.andWhere('l.stage = :stage', { stage: options.filter.stage });
    if (options?.filter?.outcome) qb.andWhere('l.outcome = :outcome', { outcome: options.filter.outcome });
    return runList(qb, options, SORT_COLUMNS, RealInterviewSortField.INTERVIEWED_ON, SortOrder.DESC);
  }

  async get(ctx: RequestContext, id: string): Promise<RealInterviewLog> {
    const log = await this.visible(ctx).andWhere('l.id = :id', { id }).getOne();
    if (!log) throw notFound('Real interview');
    return log;
  }

  async log(ctx: RequestContext, input: LogRealInterviewInput): Promise<RealInterviewLog> {
    this.assertDate(input.interviewedOn);
    const company = await this.companyFields(ctx, input.companyId ?? null, input.companyName);
    return this.db.transaction(async () => {
      const logs = this.db.scoped(ctx, RealInterviewLog);
      const log = await logs.save(
        logs.create({
          membershipId: ctx.membershipId,
          ...company,
          role: this.role(input.role),
          stage: input.stage,
          interviewedOn: input.interviewedOn,
          selfEvaluation: input.selfEvaluation ?? null,
          outcome: input.outcome,
          notes: input.notes ?? '',
        }),
      );
      await this.writeQuestions(ctx, log.id, input.questions ?? [], []);
      return log;
    });
  }

  async update(ctx: RequestContext, id: string, input: UpdateRealInterviewInput): Promise<RealInterviewLog> {
    const log = await this.ownLog(ctx, id);
    const { questions, companyId, companyName, ...fields } = input;
    if (fields.interviewedOn) this.assertDate(fields.interviewedOn);
    if (companyId !== undefined || companyName !== undefined) {
      // A new company link brings its name unless one is typed; unlinking keeps the name.
      const name = companyName ?? (companyId ? undefined : log.companyName);
      Object.assign(log, await this.companyFields(ctx, companyId === undefined ? log.companyId : companyId, name));
    }
    if (fields.role !== undefined) fields.role = this.role(fields.role);
    Object.assign(log, fields);
    return this.db.transaction(async () => {
      const saved = await this.db.scoped(ctx, RealInterviewLog).save(log);
      if (questions) {
        const existing = await this.db.scoped(ctx, RealInterviewQuestion).find({ where: { logId: id } });
        await this.writeQuestions(ctx, id, questions, existing);
      }
      return saved;
    });
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    await this.ownLog(ctx, id);
    return (await this.db.scoped(ctx, RealInterviewLog).delete({ id })) === 1;
  }

  /** The log's questions in order; batched per request. */
  questions(ctx: RequestContext, log: RealInterviewLog): Promise<RealInterviewQuestion[]> {
    return ctx.loaders.manyBy(RealInterviewQuestion, 'logId', { position: 'ASC' }).load(log.id);
  }

  /** A logged question as a question of the bank, linked to it; only for logs of candidates the caller manages. */
  async promote(ctx: RequestContext, input: PromoteRealInterviewQuestionInput): Promise<Question> {
    const { realInterviewQuestionId, ...chosen } = input;
    const logged = await this.db.scoped(ctx, RealInterviewQuestion).findOne({ where: { id: realInterviewQuestionId } });
    const log = logged && (await this.visible(ctx).andWhere('l.id = :id', { id: logged.logId }).getOne());
    if (!logged || !log) throw notFound('Real interview question');
    // Fields left out (or null) take the logged question's, or the bank's defaults.
    const given = Object.fromEntries(Object.entries(chosen).filter(([, value]) => value != null));
    const question = { prompt: logged.prompt, competencies: logged.competencies, ...given } as CreateQuestionInput;
    return this.bank.createQuestion(ctx, question, { sourceRealInterviewQuestionId: logged.id });
  }

  /** The logged question a bank question was promoted from, if the caller manages its candidate (else null); batched. */
  source(ctx: RequestContext, question: Question): Promise<RealInterviewQuestion | null> | null {
    if (!question.sourceRealInterviewQuestionId) return null;
    return ctx.loaders
      .loader('realInterviews:source', async (ids) => {
        const visibleLogs = this.visible(ctx).select('l.id');
        const rows = await this.db
          .scoped(ctx, RealInterviewQuestion)
          .query('q')
          .andWhere('q.id IN (:...ids)', { ids: [...ids] })
          .andWhere(`q.logId IN (${visibleLogs.getQuery()})`)
          .setParameters({ ...visibleLogs.getParameters(), ids: [...ids] })
          .getMany();
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      })
      .load(question.sourceRealInterviewQuestionId);
  }

  /** The unexpected questions a cohort's candidates reported, most frequent first; staff who manage the cohort only. */
  async cohortUnexpected(ctx: RequestContext, cohortId: string, take: number): Promise<UnexpectedQuestion[]> {
    if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE_SIZE) {
      throw badInput('TAKE_OUT_OF_RANGE', `take must be from 1 to ${MAX_PAGE_SIZE}`);
    }
    await this.cohorts.assertCanManage(ctx, [cohortId]);
    return this.db.sql<UnexpectedQuestion>(ctx, COHORT_UNEXPECTED, [cohortId, take]);
  }

  /**
   * One of the caller's own logged questions, to practise, with the bank question staff made of it (if
   * any); anyone else's id answers NOT_FOUND.
   */
  async ownQuestion(ctx: RequestContext, id: string): Promise<{ logged: RealInterviewQuestion; promoted: Question | null }> {
    const logged = await this.db
      .scoped(ctx, RealInterviewQuestion)
      .query('q')
      .innerJoin(RealInterviewLog, 'l', 'l.id = q.logId AND l.organizationId = q.organizationId')
      .andWhere('q.id = :id AND l.membershipId = :me', { id, me: ctx.membershipId })
      .getOne();
    if (!logged) throw notFound('Real interview question');
    const promoted = await this.db
      .scoped(ctx, Question)
      .findOne({ where: { sourceRealInterviewQuestionId: id }, order: { createdAt: 'ASC' } });
    return { logged, promoted };
  }

  private async ownLog(ctx: RequestContext, id: string): Promise<RealInterviewLog> {
    const log = await this.db.scoped(ctx, RealInterviewLog).findOne({ where: { id, membershipId: ctx.membershipId } });
    if (!log) throw notFound('Real interview');
    return log;
  }

  /** The company to store: a linked company's name unless the candidate typed one. */
  private async companyFields(ctx: RequestContext, companyId: string | null, companyName: string | undefined) {
    const company = companyId ? await this.companies.get(ctx, companyId) : null;
    const name = companyName?.trim() || company?.name;
    if (!name) throw badInput('COMPANY_REQUIRED', 'Name the company, or link one of the organization’s companies');
    return { companyId, companyName: name };
  }

  private role(role: string): string {
    if (!role.trim()) throw badInput('EMPTY_ROLE', 'Say which role the interview was for');
    return role.trim();
  }

  private assertDate(day: string): void {
    if (day > tomorrow()) throw badInput('DATE_IN_FUTURE', 'interviewedOn is in the future: log an interview once it took place');
  }

  /**
   * Writes the log's questions in the order given. A question whose text is one already logged keeps
   * that row (so a bank question promoted from it stays linked); the rest are new, and those left out go.
   */
  private async writeQuestions(
    ctx: RequestContext,
    logId: string,
    inputs: RealInterviewQuestionInput[],
    existing: RealInterviewQuestion[],
  ): Promise<void> {
    const repo = this.db.scoped(ctx, RealInterviewQuestion);
    const unused = [...existing];
    const rows = inputs.map((input, position) => {
      const prompt = input.prompt.trim();
      if (prompt.length < 5) throw badInput('QUESTION_TOO_SHORT', 'a question must be at least 5 characters long');
      const key = promptKey(prompt);
      const match = unused.findIndex((q) => q.promptKey === key);
      const row = match >= 0 ? unused.splice(match, 1)[0] : repo.create({ logId });
      return Object.assign(row, {
        position,
        prompt,
        promptKey: key,
        unexpected: input.unexpected ?? false,
        competencies: input.competencies?.map((c) => c.trim()).filter(Boolean) ?? [],
      });
    });
    if (unused.length) await repo.delete({ id: In(unused.map((q) => q.id)) });
    if (rows.length) await repo.save(rows);
  }
}
