import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Rubric } from './rubric.entity';

@ObjectType()
export class RubricCriterion {
  @Field({ description: 'Stable key the analyzer maps its signals to (e.g. "structure").' })
  key: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => Float)
  weight: number;

  @Field(() => [String], { description: 'What a 1, 2, 3, 4 and 5 look like (five entries, level 1 first).' })
  levels: string[];
}

/**
 * The criteria of a rubric at one point in time. Never changed once written: editing a rubric adds a
 * version, so an evaluation always names the exact criteria it used.
 */
@ObjectType()
@Entity('rubric_versions')
@Index(['rubricId', 'version'], { unique: true })
export class RubricVersion extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Column('uuid')
  rubricId: string;

  @ManyToOne(() => Rubric, { onDelete: 'RESTRICT' })
  @JoinColumn()
  rubric?: Rubric;

  @Field(() => Int)
  @Column({ type: 'integer' })
  version: number;

  @Field(() => [RubricCriterion])
  @Column({ type: 'jsonb' })
  criteria: RubricCriterion[];

  @Field()
  declare createdAt: Date;
}
