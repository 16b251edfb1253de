import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Evaluation } from '../scoring/evaluation.entity';
import { Membership } from '../members/membership.entity';

@ObjectType()
export class CriterionOverride {
  @Field() key: string;
  @Field(() => Int, { description: '1..5' }) score: number;
  @Field(() => String, { nullable: true }) note: string | null;
}

/** A coach's view of an evaluation: overrides sit beside the AI's scores, never replace them. */
@ObjectType()
@Entity('evaluation_reviews')
@Index(['evaluationId', 'createdAt'])
export class EvaluationReview extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Column('uuid')
  evaluationId: string;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' })
  @JoinColumn()
  evaluation?: Evaluation;

  @Field(() => ID, { nullable: true, description: 'The reviewing coach (member id).' })
  @Column('uuid', { nullable: true })
  reviewerId: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn()
  reviewer?: Membership;

  @Field(() => [CriterionOverride])
  @Column({ type: 'jsonb' })
  overrides: CriterionOverride[];

  @Field(() => Int, { description: 'The overall score (0..100) with the overrides applied.' })
  @Column({ type: 'smallint' })
  overallScore: number;

  @Field()
  @Column({ type: 'text', default: '' })
  comment: string;

  @Field(() => [String], { description: 'Things to practise, from the coach.' })
  @Column({ type: 'jsonb', default: [] })
  actionItems: string[];

  @Field()
  declare createdAt: Date;
}
