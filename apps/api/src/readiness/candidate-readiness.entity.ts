import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { Membership } from '../members/membership.entity';
import type { CompetencyReadiness, ReadinessComponent } from './readiness.types';
import { ReadinessLevel } from './readiness.types';

/** A candidate's readiness in one cohort, as the last refresh computed it (see readiness-formula.ts). */
@ObjectType()
@Entity('candidate_readiness')
@Index(['cohortId', 'membershipId'], { unique: true })
@Index(['organizationId', 'membershipId'])
@Index(['organizationId', 'cohortId', 'score'])
export class CandidateReadiness extends TenantEntity {
  @Field(() => ID)
  @Column('uuid')
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn()
  cohort?: Cohort;

  @Field(() => ID, { description: 'The candidate (member id).' })
  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn()
  membership?: Membership;

  @Field(() => Int, { description: '0..100' })
  @Column({ type: 'smallint' })
  score: number;

  @Field(() => ReadinessLevel)
  @Column({ type: 'enum', enum: ReadinessLevel })
  level: ReadinessLevel;

  @Field(() => Float, {
    nullable: true,
    description: 'Points gained (or lost) in the last four weeks against the four before; null without both.',
  })
  @Column({ type: 'real', nullable: true })
  trend: number | null;

  /** In GraphQL through CandidateReadinessResolver (lists read it only when asked). */
  @Column({ type: 'jsonb' })
  components: ReadinessComponent[];

  /** In GraphQL through CandidateReadinessResolver, like `components`. */
  @Column({ type: 'jsonb' })
  competencies: CompetencyReadiness[];

  @Field(() => Int, { description: 'Evaluations in the readiness window.' })
  @Column({ type: 'integer' })
  evaluationCount: number;

  @Field(() => Date, { nullable: true, description: 'When the candidate last submitted an answer.' })
  @Column({ type: 'timestamptz', nullable: true })
  lastActivityAt: Date | null;

  @Field()
  @Column({ type: 'timestamptz' })
  computedAt: Date;
}
