import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { EvaluationReview } from '../reviews/evaluation-review.entity';
import { EvaluationSource } from '../scoring/evaluation.entity';
import { AgreementSource } from './agreement.types';

/**
 * One criterion of one review beside the AI's score for it, written with the review: the agreement
 * report counts these narrow rows instead of reading every reviewed evaluation (large JSON) again.
 * Erased with the review (and so with the candidate's data).
 */
@Entity('agreement_pairs')
@Index(['organizationId', 'reviewedAt'])
@Index(['organizationId', 'membershipId', 'reviewedAt'])
export class AgreementPair extends TenantEntity {
  @Column('uuid')
  reviewId: string;

  @ManyToOne(() => EvaluationReview, { onDelete: 'CASCADE' })
  @JoinColumn()
  review?: EvaluationReview;

  @Column('uuid')
  answerId: string;

  /** The candidate who answered (member id), for a cohort's or a coach's report. */
  @Column('uuid')
  membershipId: string;

  @Column({ type: 'enum', enum: AgreementSource })
  source: AgreementSource;

  @Column('text')
  criterionKey: string;

  @Column('text')
  criterionName: string;

  /** 1..5 */
  @Column('smallint')
  aiScore: number;

  /** The coach's override, or the AI's score when the coach left the criterion as it was. */
  @Column('smallint')
  coachScore: number;

  @Column('timestamptz')
  reviewedAt: Date;
}

/**
 * Writes the pairs of the reviews `reviews` selects (a query over `evaluation_reviews r` whose WHERE
 * is `filter`, `$1` the organization): one per criterion of the reviewed evaluation.
 */
export const insertAgreementPairsSql = (filter: string) => `INSERT INTO agreement_pairs
  (organization_id, review_id, answer_id, membership_id, source, criterion_key, criterion_name, ai_score, coach_score, reviewed_at)
SELECT r.organization_id, r.id, e.answer_id, s.membership_id,
  (CASE WHEN e.source = '${EvaluationSource.LLM}' THEN '${AgreementSource.LLM}' ELSE '${AgreementSource.ANALYZER}' END)::agreement_pairs_source_enum,
  c.key, c.name, c.score,
  COALESCE((SELECT o.score FROM jsonb_to_recordset(r.overrides) AS o(key text, score int) WHERE o.key = c.key LIMIT 1), c.score),
  r.created_at
FROM evaluation_reviews r
JOIN evaluations e ON e.organization_id = r.organization_id AND e.id = r.evaluation_id
JOIN answers a ON a.organization_id = r.organization_id AND a.id = e.answer_id
JOIN interview_sessions s ON s.organization_id = r.organization_id AND s.id = a.session_id
CROSS JOIN LATERAL jsonb_to_recordset(e.criteria) AS c(key text, name text, score int)
WHERE r.organization_id = $1 AND ${filter}`;
