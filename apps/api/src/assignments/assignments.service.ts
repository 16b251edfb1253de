import { ReadinessService } from '../readiness/readiness.service';
import { Injectable } from '@nestjs/common';
import { IsNull, MoreThan, Not, SelectQueryBuilder } from 'typeorm';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { badInput, notFound } from '../common/app-error';
import { ListResult, likePattern, runList } from '../common/list';
import { CohortsService } from '../cohorts/cohorts.service';
import { managedCondition, onlyManaged } from '../cohorts/coaching';
import { MembersService } from '../members/members.service';
import { TemplatesService } from '../templates/templates.service';
import { InterviewMode, InterviewTemplate } from '../templates/interview-template.entity';
import { TemplateItem } from '../templates/template-item.entity';
import { Assignment } from './assignment.entity';
import { AssignmentCandidate, AssignmentStatus } from './assignment-candidate.entity';
import { AssignmentListOptions, AssignmentSortField, CreateAssignmentInput, UpdateAssignmentInput } from './assignments.inputs';

/** Which candidates' copies `copies` returns. */
export interface CopyFilter {
  membershipId?: string;
  statuses: AssignmentStatus[];
  givenSince?: Date;
  due?: { after?: Date; by: Date };
}

const SORT_COLUMNS: Record<AssignmentSortField, string> = {
  [AssignmentSortField.DUE_AT]: 'a.dueAt',
  [AssignmentSortField.CREATED_AT]: 'a.createdAt',
  [AssignmentSortField.TITLE]: 'a.title',
};

/**
 * Assignments. Admins see all; a coach those they created, that target a cohort they coach or that are
 * given to a candidate they coach; a candidate only those given to them.
 */
@Injectable()
export class AssignmentsService {
  constructor(
    private readonly db: Db,
    private readonly cohorts: CohortsService,
    private readonly members: MembersService,
    private readonly templates: TemplatesService,
    private readonly readiness: ReadinessService,
  ) {
    cohorts.onCandidatesJoin((ctx, cohortId, candidateIds) => this.giveOpenAssignments(ctx, cohortId, candidateIds));
  }

  /** Candidates who join a cohort late get its assignments that are not yet due, as if there from the start. */
  private async giveOpenAssignments(ctx: RequestContext, cohortId: string, candidateIds: string[]): Promise<void> {
    const open = await this.db.scoped(ctx, Assignment).find({
      where: [
        { cohortId, dueAt: IsNull() },
        { cohortId, dueAt: MoreThan(new Date()) },
      ],
    });
    await this.db
      .scoped(ctx, AssignmentCandidate)
      .insertOrIgnore(open.flatMap((a) => candidateIds.map((membershipId) => ({ assignmentId: a.id, membershipId }))));
  }

  private visible(ctx: RequestContext): SelectQueryBuilder<Assignment> {
    const qb = this.db.scoped(ctx, Assignment).query('a');
    if (ctx.role === Role.COACH) {
      const [cohort, parameters] = managedCondition(ctx, 'cohort', 'a.cohortId');
      const [candidate] = managedCondition(ctx, 'candidate', 'given.membership_id');
      qb.andWhere(
        `(a.createdById = :viewer OR ${cohort} OR EXISTS (SELECT 1 FROM assignment_candidates given
          WHERE given.assignment_id = a.id AND given.organization_id = a.organization_id AND ${candidate}))`,
        { viewer: ctx.membershipId, ...parameters },
      );
    } else if (ctx.role === Role.CANDIDATE) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM assignment_candidates mine WHERE mine.assignment_id = a.id AND mine.membership_id = :viewer AND mine.organization_id = a.organization_id)',
        { viewer: ctx.membershipId },
      );
    }
    return qb;
  }

  list(ctx: RequestContext, options?: AssignmentListOptions): Promise<ListResult<Assignment>> {
    const qb = this.visible(ctx);
    const filter = options?.filter;
    if (filter?.cohortId) qb.andWhere('a.cohortId = :cohortId', { cohortId: filter.cohortId });
    if (filter?.search) qb.andWhere('a.title ILIKE :search', { search: likePattern(filter.search) });
    const candidateId = ctx.role === Role.CANDIDATE ? ctx.membershipId : filter?.candidateId;
    if (candidateId) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM assignment_candidates ac WHERE ac.assignment_id = a.id AND ac.membership_id = :candidateId
          AND ac.organization_id = a.organization_id ${filter?.status ? 'AND ac.status = :status' : ''})`,
        { candidateId, status: filter?.status },
      );
    } else if (filter?.status) {
      throw badInput('STATUS_NEEDS_CANDIDATE', 'Filter by status together with candidateId');
    }
    return runList(qb, options, SORT_COLUMNS, AssignmentSortField.DUE_AT);
  }

  async get(ctx: RequestContext, id: string): Promise<Assignment> {
    const assignment = await this.visible(ctx).andWhere('a.id = :id', { id }).getOne();
    if (!assignment) throw notFound('Assignment');
    return assignment;
  }

  /**
   * Each candidate's copy of the assignment that the caller may see (batched per request): a candidate
   * their own, a coach those of candidates they coach, an admin all.
   */
  candidates(ctx: RequestContext, assignmentId: string): Promise<AssignmentCandidate[]> {
    return ctx.loaders
      .loader('assignment-candidates:visible', async (ids) => {
        const qb = this.db
          .scoped(ctx, AssignmentCandidate)
          .query('ac')
          .andWhere('ac.assignmentId IN (:...ids)', { ids: [...ids] })
          .orderBy('ac.id');
        if (ctx.role === Role.CANDIDATE) qb.andWhere('ac.membershipId = :self', { self: ctx.membershipId });
        else onlyManaged(qb, ctx, 'candidate', 'ac.membershipId');
        const rows = await qb.getMany();
        return ids.map((id) => rows.filter((r) => r.assignmentId === id));
      })
      .load(assignmentId);
  }

  async create(ctx: RequestContext, input: CreateAssignmentInput): Promise<Assignment> {
    if (!input.cohortId && !input.candidateIds?.length) {
      throw badInput('NO_ASSIGNEES', 'Give a cohortId or at least one candidate');
    }
    const template = await this.templates.get(ctx, input.templateId);
    const candidateIds = new Set<string>();
    if (input.cohortId) {
      await this.cohorts.assertCanChange(ctx, [input.cohortId]);
      for (const id of await this.cohorts.candidateIds(ctx, input.cohortId)) candidateIds.add(id);
    }
    if (input.candidateIds?.length) {
      const people = await this.members.getMany(ctx, input.candidateIds);
      if (people.some((p) => p.role !== Role.CANDIDATE)) throw badInput('NOT_A_CANDIDATE', 'Assignments go to candidates only');
      await this.cohorts.assertManagesCandidates(ctx, input.candidateIds);
      for (const p of people) candidateIds.add(p.id);
    }
    const created = await this.db.transaction(async () => {
      const assignments = this.db.scoped(ctx, Assignment);
      const assignment = await assignments.save(
        assignments.create({
          title: input.title ?? template.name,
          templateId: template.id,
          cohortId: input.cohortId ?? null,
          dueAt: input.dueAt ?? null,
          createdById: ctx.membershipId,
        }),
      );
      const copies = this.db.scoped(ctx, AssignmentCandidate);
      await copies.save([...candidateIds].map((membershipId) => copies.create({ assignmentId: assignment.id, membershipId })));
      return assignment;
    });
    await this.readiness.refreshLater(ctx, [...candidateIds]);
    return created;
  }

  async update(ctx: RequestContext, id: string, input: UpdateAssignmentInput): Promise<Assignment> {
    const assignment = await this.getChangeable(ctx, id);
    if (input.title !== undefined) assignment.title = input.title;
    if (input.dueAt !== undefined) assignment.dueAt = input.dueAt;
    const saved = await this.db.scoped(ctx, Assignment).save(assignment);
    await this.readiness.refreshLater(ctx, await this.assigneeIds(ctx, id));
    return saved;
  }

  async delete(ctx: RequestContext, id: string): Promise<boolean> {
    await this.getChangeable(ctx, id);
    const assignees = await this.assigneeIds(ctx, id);
    const deleted = (await this.db.scoped(ctx, Assignment).delete({ id })) === 1;
    await this.readiness.refreshLater(ctx, assignees);
    return deleted;
  }

  private async assigneeIds(ctx: RequestContext, assignmentId: string): Promise<string[]> {
    const rows = await this.db.scoped(ctx, AssignmentCandidate).find({ where: { assignmentId }, select: { membershipId: true } });
    return rows.map((r) => r.membershipId);
  }

  /**
   * The fixed questions of the candidate's open realistic assignments (given to them and not completed),
   * which free practice must not give away; random draws reserve nothing. A due date that has passed
   * changes nothing: a late candidate may still sit the assignment.
   */
  async reservedQuestionIds(ctx: RequestContext, membershipId: string): Promise<string[]> {
    const rows = await this.db
      .scoped(ctx, AssignmentCandidate)
      .query('ac')
      .innerJoin('ac.assignment', 'a')
      .innerJoin(InterviewTemplate, 't', 't.id = a.templateId AND t.organizationId = a.organizationId')
      .innerJoin(TemplateItem, 'ti', 'ti.templateId = t.id AND ti.organizationId = t.organizationId')
      .select('DISTINCT ti.questionId', 'id')
      .andWhere('ac.membershipId = :membershipId', { membershipId })
      .andWhere('ac.status <> :completed', { completed: AssignmentStatus.COMPLETED })
      .andWhere('t.mode = :realistic', { realistic: InterviewMode.REALISTIC })
      .andWhere('ti.questionId IS NOT NULL')
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  /**
   * Candidates' copies of assignments, with the assignment, for notifications: one candidate's, or
   * (left out: the e-mail job) every candidate's; newest given first, or soonest due first with `due`.
   */
  copies(ctx: { organizationId: string }, filter: CopyFilter, take?: number): Promise<AssignmentCandidate[]> {
    const qb = this.db
      .scoped(ctx, AssignmentCandidate)
      .query('ac')
      .innerJoinAndSelect('ac.assignment', 'a')
      .andWhere('ac.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.membershipId) qb.andWhere('ac.membershipId = :membershipId', { membershipId: filter.membershipId });
    if (filter.givenSince) qb.andWhere('ac.createdAt >= :givenSince', { givenSince: filter.givenSince });
    if (filter.due) {
      qb.andWhere('a.dueAt <= :dueBy', { dueBy: filter.due.by }).orderBy('a.dueAt', 'ASC');
      if (filter.due.after) qb.andWhere('a.dueAt > :dueAfter', { dueAfter: filter.due.after });
    } else {
      qb.orderBy('ac.createdAt', 'DESC');
    }
    // One row per copy (the join is to-one): a plain LIMIT pages exactly.
    return qb.addOrderBy('ac.id').limit(take).getMany();
  }

  /**
   * One more realistic sitting for the candidate (admins, and coaches of the candidate). A completed
   * assignment is the candidate's to do again: back to ASSIGNED, until the retake is completed.
   */
  async grantRetake(ctx: RequestContext, assignmentId: string, candidateId: string): Promise<AssignmentCandidate> {
    await this.cohorts.assertManagesCandidates(ctx, [candidateId]);
    const assignment = await this.db.scoped(ctx, Assignment).get(assignmentId, 'Assignment');
    await this.cohorts.assertNotArchived(ctx, assignment.cohortId);
    if ((await this.templates.get(ctx, assignment.templateId)).mode !== InterviewMode.REALISTIC) {
      throw badInput('PRACTICE_NEEDS_NO_RETAKE', 'A practice assignment can be sat again without a retake');
    }
    return this.db.transaction(async () => {
      const row = await this.lockCandidate(ctx, assignmentId, candidateId);
      row.retakesGranted += 1;
      if (row.status === AssignmentStatus.COMPLETED) Object.assign(row, { status: AssignmentStatus.ASSIGNED, completedAt: null });
      return this.db.scoped(ctx, AssignmentCandidate).save(row);
    });
  }

  /**
   * The candidate's copy of the assignment, locked until the transaction ends: sittings of one
   * candidate and assignment start (and retakes are granted) one at a time. NOT_FOUND if not assigned.
   */
  async lockCandidate(ctx: RequestContext, assignmentId: string, membershipId: string): Promise<AssignmentCandidate> {
    const row = await this.db
      .scoped(ctx, AssignmentCandidate)
      .query('ac')
      .andWhere('ac.assignmentId = :assignmentId AND ac.membershipId = :membershipId', { assignmentId, membershipId })
      .setLock('pessimistic_write')
      .getOne();
    if (!row) throw notFound('Assignment');
    return row;
  }

  /** A candidate's progress on an assignment; never moves back from COMPLETED (only a retake does). */
  async setStatus(ctx: RequestContext, assignmentId: string, membershipId: string, status: AssignmentStatus): Promise<void> {
    const rows = this.db.scoped(ctx, AssignmentCandidate);
    const where = { assignmentId, membershipId, status: Not(AssignmentStatus.COMPLETED) };
    await rows.update(where, { status, completedAt: status === AssignmentStatus.COMPLETED ? new Date() : null });
  }

  /** An assignment the caller may change: staff who see it, and not one of an archived cohort. */
  private async getChangeable(ctx: RequestContext, id: string): Promise<Assignment> {
    if (ctx.role === Role.CANDIDATE) throw notFound('Assignment');
    const assignment = await this.get(ctx, id);
    await this.cohorts.assertNotArchived(ctx, assignment.cohortId);
    return assignment;
  }
}
