import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { DEFAULT_LEVEL_THRESHOLDS } from '../readiness/analytics-rules';

/** A group of candidates in a program, with its coaches, dates and readiness target. */
@ObjectType()
@Entity('cohorts')
@Index(['organizationId', 'name'])
@Index(['organizationId', 'createdAt'])
export class Cohort extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field()
  @Column({ length: 200 })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  @Field(() => Int, { description: 'Readiness score (0..100) the cohort aims for.' })
  @Column({ type: 'smallint', default: 70 })
  readinessTarget: number;

  @Field(() => [String], {
    description:
      'Competencies the program prepares for: readiness weighs these and reports their coverage (all practised ones when empty).',
  })
  @Column({ type: 'text', array: true, default: '{}' })
  requiredCompetencies: string[];

  @Field(() => Int, { description: 'Readiness (0..100) from which a candidate is DEVELOPING.' })
  @Column({ type: 'smallint', default: DEFAULT_LEVEL_THRESHOLDS.developing })
  developingThreshold: number;

  @Field(() => Int, { description: 'Readiness (0..100) from which a candidate is READY.' })
  @Column({ type: 'smallint', default: DEFAULT_LEVEL_THRESHOLDS.ready })
  readyThreshold: number;

  @Field(() => Int, { description: 'Readiness (0..100) from which a candidate is INTERVIEW_READY.' })
  @Column({ type: 'smallint', default: DEFAULT_LEVEL_THRESHOLDS.interviewReady })
  interviewReadyThreshold: number;

  @Field(() => Date, {
    nullable: true,
    description: 'Set when the term ended: the cohort is read-only and left out of lists unless asked for.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @Field()
  declare createdAt: Date;
}
