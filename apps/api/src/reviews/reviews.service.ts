import { ReadinessService } from '../readiness/readiness.service';
import { Injectable } from '@nestjs/common';
import { weightedOverall } from '@mockint/scoring-core';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { badInput } from '../common/app-error';
import { Evaluation, EvaluationStatus } from '../scoring/evaluation.entity';
import { RubricVersion } from '../rubrics/rubric-version.entity';
import { SessionsService } from '../sessions/sessions.service';
import { ActionItemsService } from '../action-items/action-items.service';
import { EvaluationReview } from './evaluation-review.entity';
import { insertAgreementPairsSql } from '../agreement/agreement-pair.entity';
import { ReviewEvaluationInput } from './reviews.inputs';
import { Role } from '../common/role';
import { feedbackVisibleWhere } from '../sessions/feedback-rule';
import { MEMBER_NAME_SQL } from '../members/members.service';

/** A coach's review as its candidate hears of it. */
export interface PostedReview {
  reviewId: string;
  reviewerId: string | null;
  reviewerName: string | null;
  candidateId: string;
  sessionId: string;
  reviewedAt: Date;
}

/**
 * Reviews posted since $2 that their candidate can see (none of a realistic sitting still in progress):
 * of the candidate $3, or of every candidate when $3 is null; newest first, at most $4.
 */
const POSTED = `SELECT r.id AS "reviewId", r.reviewer_id AS "reviewerId", ${MEMBER_NAME_SQL} AS "reviewerName",
    s.membership_id AS "candidateId", s.id AS "sessionId", r.created_at AS "reviewedAt"
  FROM evaluation_reviews r
  JOIN evaluations e ON e.id = r.evaluation_id AND e.organization_id = $1
  JOIN answers a ON a.id = e.answer_id AND a.organization_id = $1
  JOIN interview_sessions s ON s.id = a.session_id AND s.organization_id = $1
  LEFT JOIN memberships m ON m.id = r.reviewer_id AND m.organization_id = $1
  LEFT JOIN users u ON u.id = m.user_id
  WHERE r.organization_id = $1 AND r.created_at >= $2 AND ($3::uuid IS NULL OR s.membership_id = $3)
    AND ${feedbackVisibleWhere({ role: Role.CANDIDATE }, 's')}
  ORDER BY r.created_at DESC, r.id
  LIMIT $4`;

/** Coach reviews of evaluations: by an admin, or a coach of the candidate's cohort. */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsService,
    private readonly readiness: ReadinessService,
    private readonly actionItems: ActionItemsService,
  ) {}

  /** Reviews candidates can see, posted since `since`: one candidate's, or (left out: the e-mail job) everyone's. */
  posted(ctx: { organizationId: string }, since: Date, candidateId: string | null, take: number): Promise<PostedReview[]> {
    return this.db.sql<PostedReview>(ctx, POSTED, [since, candidateId, take]);
  }

  async review(ctx: RequestContext, evaluationId: string, input: ReviewEvaluationInput): Promise<EvaluationReview> {
    const evaluation = await this.db.scoped(ctx, Evaluation).get(evaluationId, 'Evaluation');
    // The same row rule as reading the answer: someone who cannot see it gets NOT_FOUND.
    const answer = await this.sessions.answer(ctx, evaluation.answerId);
    const overrides = new Map(input.overrides.map((o) => [o.key, o]));
    if (overrides.size !== input.overrides.length) throw badInput('DUPLICATE_CRITERION', 'Override each criterion at most once');
    // A withheld score has no criterion scores to accept: the coach scores every criterion of the rubric.
    const withheld = evaluation.status === EvaluationStatus.INSUFFICIENT_EVIDENCE;
    const criteria = withheld
      ? (await this.db.scoped(ctx, RubricVersion).get(evaluation.rubricVersionId, 'Rubric version')).criteria
      : evaluation.criteria;
    const keys = new Set(criteria.map((c) => c.key));
    const unknown = input.overrides.find((o) => !keys.has(o.key));
    if (unknown)
      throw badInput('UNKNOWN_CRITERION', `"${unknown.key}" is not a criterion of this evaluation (${[...keys].join(', ')})`);
    const unscored = withheld ? criteria.filter((c) => !overrides.has(c.key)) : [];
    if (unscored.length > 0)
      throw badInput(
        'CRITERION_NOT_SCORED',
        `The AI withheld this answer's score: score every criterion (${unscored.map((c) => c.key).join(', ')} missing)`,
      );
    const candidateId = answer.session!.membershipId;
    const saved = await this.db.transaction(async () => {
      const reviews = this.db.scoped(ctx, EvaluationReview);
      const review = await reviews.save(
        reviews.create({
          evaluationId,
          reviewerId: ctx.membershipId,
          overrides: input.overrides.map((o) => ({ key: o.key, score: o.score, note: o.note ?? null })),
          overallScore: weightedOverall(
            criteria.map((c) => ({ weight: c.weight, score: overrides.get(c.key)?.score ?? ('score' in c ? c.score : 1) })),
          ),
          comment: input.comment ?? '',
          actionItems: input.actionItems ?? [],
        }),
      );
      await this.db.sql(ctx, insertAgreementPairsSql('r.id = $2'), [review.id]);
      // Every action item a coach writes becomes one of the candidate's records.
      await this.actionItems.recordReview(ctx, {
        id: review.id,
        candidateId,
        origin: { sessionId: answer.sessionId, evaluationId },
        texts: review.actionItems,
      });
      return review;
    });
    await this.readiness.refreshLater(ctx, [candidateId]);
    return saved;
  }
}
