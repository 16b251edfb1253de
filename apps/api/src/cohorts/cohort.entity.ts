import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';

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

  @Field()
  declare createdAt: Date;
}
