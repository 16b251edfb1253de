import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';

/** A target employer, with the context a real interviewer there would have. */
@ObjectType()
@Entity('companies')
@Index(['organizationId', 'name'], { unique: true })
export class Company extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field()
  @Column({ length: 200 })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field({ description: 'Culture and values, what interviewers there look for.' })
  @Column({ type: 'text', default: '' })
  cultureNotes: string;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  techStack: string[];

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;

  @Field()
  declare createdAt: Date;
}
