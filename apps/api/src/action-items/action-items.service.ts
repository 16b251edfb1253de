import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { Role } from '../common/role';
import { notFound } from '../common/app-error';
import { ListResult, runList, SortOrder } from '../common/list';
import { CohortsService } from '../cohorts/cohorts.service';
import { onlyOwnOrManaged } from '../cohorts/coaching';
import { SessionsService } from '../sessions/sessions.service';
import { SessionStatus } from '../sessions/interview-session.entity';
import { feedbackVisibleWhere } from '../sessions/feedback-rule';
import { Evaluation } from '../scoring/evaluation.entity';
import { countedScoreSql } from '../readiness/analytics-rules';
import { ActionItem, ActionItemSource, ActionItemStatus } from './action-item.entity';
import { DroppedSuggestion } from './dropped-suggestion.entity';
import { ActionItemListOptions, ActionItemSortField, AddActionItemInput } from './action-items.inputs';
import { alreadyKept, emptyText, sessionNotCompleted } from './action-items.errors';
import { Proposal, proposeActionItems, Suggestion, suggestionKey } from './proposal-rule';

const SORT_COLUMNS: Record<ActionItemSortField, string> = {
  [ActionItemSortField.CREATED_AT]: 'i.createdAt',
};

/** Every AI suggestion on the evaluations of one sitting ($2), with what ranks it (see proposal-rule.ts). */
const SITTING_SUGGESTIONS = `SELECT e.id AS "evaluationId", item.text, item.rank::int AS rank,
    ${countedScoreSql('e')}::int AS score, q.position, a.attempt
  FROM answers a
  JOIN session_questions q ON q.id = a.session_question_id AND q.organization_id = $1
  JOIN evaluations e ON e.answer_id = a.id AND e.organization_id = $1
  CROSS JOIN LATERAL jsonb_array_elements_text(e.action_items) WITH ORDINALITY AS item(text, rank)
  WHERE a.organization_id = $1 AND a.session_id = $2`;

/**
 * What is never proposed again for the sitting $2 of candidate $3: suggestions of it already kept or
 * dropped, and anything on the candidate's open list already.
 */
const SETTLED_TEXTS = `SELECT text FROM action_items
  WHERE organization_id = $1 AND membership_id = $3 AND (status = '${ActionItemStatus.OPEN}' OR session_id = $2)
  UNION ALL
  SELECT d.text FROM dropped_suggestions d
  JOIN evaluations e ON e.id = d.evaluation_id AND e.organization_id = $1
  JOIN answers a ON a.id = e.answer_id AND a.organization_id = $1
  WHERE d.organization_id = $1 AND a.session_id = $2`;

/** Where an item comes from when it is about one evaluation. */
interface Origin {
  sessionId: string;
  evaluationId: string;
}

/**
 * A candidate's action items. A candidate sees their own (none of a sitting whose feedback is still
 * hidden, see feedback-rule.ts); staff those of the candidates they manage (see coaching.ts).
 */
@Injectable()
export class ActionItemsService {
  constructor(
    private readonly db: Db,
    private readonly cohorts: CohortsService,
    private readonly sessions: SessionsService,
  ) {}

  private visible(ctx: RequestContext): SelectQueryBuilder<ActionItem> {
    const qb = onlyOwnOrManaged(this.db.scoped(ctx, ActionItem).query('i'), ctx, 'i.membershipId');
    if (ctx.role !== Role.CANDIDATE) return qb;
    return qb.andWhere(
      `(i.sessionId IS NULL OR EXISTS (SELECT 1 FROM interview_sessions s
        WHERE s.id = i.sessionId AND s.organization_id = i.organizationId AND ${feedbackVisibleWhere(ctx, 's')}))`,
    );
  }

  /** Newest first unless sorted otherwise; `membershipId` another candidate's, or one the caller does not manage: NOT_FOUND. */
  async list(
    ctx: RequestContext,
    membershipId?: string,
    status?: ActionItemStatus,
    options?: ActionItemListOptions,
  ): Promise<ListResult<ActionItem>> {
    if (membershipId) await this.cohorts.assertCanSeeCandidate(ctx, membershipId);
    const qb = this.visible(ctx);
    if (membershipId) qb.andWhere('i.membershipId = :membershipId', { membershipId });
    if (status) qb.andWhere('i.status = :status', { status });
    if (options?.filter?.source) qb.andWhere('i.source = :source', { source: options.filter.source });
    return runList(qb, options, SORT_COLUMNS, ActionItemSortField.CREATED_AT, SortOrder.DESC);
  }

  /** A coach's items from a review, one per text: called inside the review's transaction. */
  async recordReview(
    ctx: RequestContext,
    review: { id: string; candidateId: string; origin: Origin; texts: string[] },
  ): Promise<void> {
    // One per text, ignoring case and spacing; the first spelling wins.
    const texts = new Map<string, string>();
    for (const text of review.texts.map((t) => t.trim()))
      if (text && !texts.has(suggestionKey(text))) texts.set(suggestionKey(text), text);
    if (!texts.size) return;
    const items = this.db.scoped(ctx, ActionItem);
    await items.save(
      [...texts.values()].map((text) =>
        items.create({ ...this.coachItem(ctx, review.candidateId, text, review.origin), reviewId: review.id }),
      ),
    );
  }

  /** A coach adds one directly, for a candidate they manage, optionally about one of the candidate's evaluations. */
  async add(ctx: RequestContext, input: AddActionItemInput): Promise<ActionItem> {
    await this.cohorts.assertManagesCandidates(ctx, [input.membershipId]);
    const text = input.text.trim();
    if (!text) throw emptyText();
    const evaluation =
      input.evaluationId && (await this.evaluationOf(ctx, input.evaluationId, { membershipId: input.membershipId }));
    const origin = evaluation ? { sessionId: evaluation.answer!.sessionId, evaluationId: evaluation.id } : null;
    const items = this.db.scoped(ctx, ActionItem);
    return items.save(items.create({ ...this.coachItem(ctx, input.membershipId, text, origin), reviewId: null }));
  }

  private coachItem(ctx: RequestContext, membershipId: string, text: string, origin: Origin | null) {
    return {
      membershipId,
      text,
      status: ActionItemStatus.OPEN,
      source: ActionItemSource.COACH,
      sessionId: origin?.sessionId ?? null,
      evaluationId: origin?.evaluationId ?? null,
      createdById: ctx.membershipId,
      doneAt: null,
    };
  }

  /** Up to three of the AI's suggestions from the caller's completed sitting (see proposal-rule.ts). */
  async proposed(ctx: RequestContext, sessionId: string): Promise<Proposal[]> {
    await this.completedOwnSession(ctx, sessionId);
    const [suggestions, settled] = await Promise.all([
      this.db.sql<Suggestion>(ctx, SITTING_SUGGESTIONS, [sessionId]),
      this.db.sql<{ text: string }>(ctx, SETTLED_TEXTS, [sessionId, ctx.membershipId]),
    ]);
    return proposeActionItems(suggestions, new Set(settled.map((s) => suggestionKey(s.text))));
  }

  /** Keeps a suggestion as an open action item; keeping it again returns the same item. */
  async keep(ctx: RequestContext, sessionId: string, evaluationId: string, text: string): Promise<ActionItem> {
    const suggestion = await this.suggestion(ctx, sessionId, evaluationId, text);
    const where = { evaluationId, text: suggestion, source: ActionItemSource.AI };
    return this.db.transaction(async () => {
      await this.db.scoped(ctx, DroppedSuggestion).delete({ evaluationId, text: suggestion });
      const items = this.db.scoped(ctx, ActionItem);
      // The unique key on kept suggestions makes a second keep (even a concurrent one) insert nothing.
      await items.insertOrIgnore({
        ...where,
        membershipId: ctx.membershipId,
        status: ActionItemStatus.OPEN,
        sessionId,
        reviewId: null,
        createdById: null,
        doneAt: null,
      });
      return (await items.findOne({ where }))!;
    });
  }

  /** Drops a suggestion: it is not proposed again. One already kept is on the list: CONFLICT. */
  async drop(ctx: RequestContext, sessionId: string, evaluationId: string, text: string): Promise<boolean> {
    const suggestion = await this.suggestion(ctx, sessionId, evaluationId, text);
    const kept = await this.db.scoped(ctx, ActionItem).exists({ evaluationId, text: suggestion, source: ActionItemSource.AI });
    if (kept) throw alreadyKept();
    await this.db.scoped(ctx, DroppedSuggestion).insertOrIgnore({ evaluationId, text: suggestion });
    return true;
  }

  /** The candidate ticks an item off (or opens it again); staff who manage them may too. */
  async setStatus(ctx: RequestContext, id: string, status: ActionItemStatus): Promise<ActionItem> {
    const item = await this.visible(ctx).andWhere('i.id = :id', { id }).getOne();
    if (!item) throw notFound('Action item');
    item.doneAt = status === ActionItemStatus.DONE ? (item.doneAt ?? new Date()) : null;
    item.status = status;
    return this.db.scoped(ctx, ActionItem).save(item);
  }

  /** Open items per candidate, all of them whoever asks (for readiness and the coach's view): one query. */
  openCounts(ctx: { organizationId: string }, membershipIds: string[]): Promise<Map<string, number>> {
    return this.countOpen(this.db.scoped(ctx, ActionItem).query('i'), membershipIds);
  }

  /** The member's open items as the caller may see them (0 for anyone else's); batched per request. */
  visibleOpenCount(ctx: RequestContext, membershipId: string): Promise<number> {
    return ctx.loaders
      .loader('actionItems:open', async (ids) => {
        const counts = await this.countOpen(this.visible(ctx), [...ids]);
        return ids.map((id) => counts.get(id) ?? 0);
      })
      .load(membershipId);
  }

  private async countOpen(qb: SelectQueryBuilder<ActionItem>, membershipIds: string[]): Promise<Map<string, number>> {
    if (!membershipIds.length) return new Map();
    const rows = await qb
      .select('i.membershipId', 'membershipId')
      .addSelect('COUNT(*)::int', 'open')
      .andWhere('i.membershipId IN (:...membershipIds)', { membershipIds })
      .andWhere('i.status = :open', { open: ActionItemStatus.OPEN })
      .groupBy('i.membershipId')
      .getRawMany<{ membershipId: string; open: number }>();
    return new Map(rows.map((r) => [r.membershipId, r.open]));
  }

  private async completedOwnSession(ctx: RequestContext, sessionId: string): Promise<void> {
    // A candidate's `get` finds only their own sittings; a completed one's feedback is visible in every mode.
    const session = await this.sessions.get(ctx, sessionId);
    if (session.status !== SessionStatus.COMPLETED) throw sessionNotCompleted();
  }

  /** The suggestion as the evaluation spells it, from the caller's completed sitting; NOT_FOUND otherwise. */
  private async suggestion(ctx: RequestContext, sessionId: string, evaluationId: string, text: string): Promise<string> {
    await this.completedOwnSession(ctx, sessionId);
    const evaluation = await this.evaluationOf(ctx, evaluationId, { sessionId });
    const key = suggestionKey(text);
    const found = evaluation.actionItems.find((item) => suggestionKey(item) === key);
    if (!found) throw notFound('Suggestion');
    return found;
  }

  /** An evaluation, with its answer, of one sitting or one candidate; NOT_FOUND otherwise. */
  private async evaluationOf(
    ctx: RequestContext,
    evaluationId: string,
    where: { sessionId: string } | { membershipId: string },
  ): Promise<Evaluation> {
    const qb = this.db
      .scoped(ctx, Evaluation)
      .query('e')
      .innerJoinAndSelect('e.answer', 'a')
      .innerJoin('a.session', 's')
      .andWhere('e.id = :evaluationId', { evaluationId });
    if ('sessionId' in where) qb.andWhere('s.id = :sessionId', where);
    else qb.andWhere('s.membershipId = :membershipId', where);
    const evaluation = await qb.getOne();
    if (!evaluation) throw notFound('Evaluation');
    return evaluation;
  }
}
