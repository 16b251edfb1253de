import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Membership } from '../members/membership.entity';
import { InterviewSession } from '../sessions/interview-session.entity';
import { Evaluation } from '../scoring/evaluation.entity';
import { EvaluationReview } from '../reviews/evaluation-review.entity';

export enum ActionItemStatus {
  OPEN = 'OPEN',
  DONE = 'DONE',
}
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });

export enum ActionItemSource {
  /** Written by a coach, in a review or directly. */
  COACH = 'COACH',
  /** An AI suggestion the candidate kept. */
  AI = 'AI',
}
registerEnumType(ActionItemSource, { name: 'ActionItemSource' });

/**
 * Something a candidate is to practise, ticked off when done. The AI's per-answer items stay suggestions
 * on the evaluation until the candidate keeps one; a kept one exists once per evaluation and text.
 */
@ObjectType()
@Entity('action_items')
@Index(['organizationId', 'membershipId', 'status', 'createdAt'])
@Index(['evaluationId', 'text'], { unique: true, where: `"source" = 'AI'` })
export class ActionItem extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID, { description: 'The candidate (member id).' })
  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn()
  membership?: Membership;

  @Field()
  @Column({ type: 'text' })
  text: string;

  @Field(() => ActionItemStatus)
  @Column({ type: 'enum', enum: ActionItemStatus, default: ActionItemStatus.OPEN })
  status: ActionItemStatus;

  @Field(() => ActionItemSource)
  @Column({ type: 'enum', enum: ActionItemSource })
  source: ActionItemSource;

  /** The sitting of the evaluation, kept so that the feedback rule (feedback-rule.ts) hides an item as it hides the evaluation. */
  @Field(() => ID, { nullable: true, description: 'The sitting it came from.' })
  @Index()
  @Column('uuid', { nullable: true })
  sessionId: string | null;

  @ManyToOne(() => InterviewSession, { onDelete: 'SET NULL' })
  @JoinColumn()
  session?: InterviewSession;

  @Field(() => ID, { nullable: true, description: 'The evaluation (of one answer) it came from.' })
  @Index()
  @Column('uuid', { nullable: true })
  evaluationId: string | null;

  @ManyToOne(() => Evaluation, { onDelete: 'SET NULL' })
  @JoinColumn()
  evaluation?: Evaluation;

  @Field(() => ID, { nullable: true, description: "The coach's review it came from." })
  @Index()
  @Column('uuid', { nullable: true })
  reviewId: string | null;

  @ManyToOne(() => EvaluationReview, { onDelete: 'SET NULL' })
  @JoinColumn()
  review?: EvaluationReview;

  @Field(() => ID, { nullable: true, description: 'The coach who wrote it (member id); null for a kept AI suggestion.' })
  @Index()
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: Membership;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  doneAt: Date | null;

  @Field()
  declare createdAt: Date;
}

/** The number of open action items of the candidate in `memberColumn` (`$1` the organization), as SQL. */
export const openActionItemsSql = (memberColumn: string) =>
  `(SELECT count(*) FROM action_items ai WHERE ai.organization_id = $1 AND ai.membership_id = ${memberColumn}
    AND ai.status = '${ActionItemStatus.OPEN}')::int`;
