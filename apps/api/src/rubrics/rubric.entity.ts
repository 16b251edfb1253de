import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';

/** A named rubric; its criteria live in immutable versions. */
@ObjectType()
@Entity('rubrics')
@Index(['organizationId', 'name'], { unique: true })
export class Rubric extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field()
  @Column({ length: 200 })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field({ description: 'Used for practice and by templates that name no rubric.' })
  @Column({ default: false })
  isDefault: boolean;

  @Field()
  declare createdAt: Date;
}
