import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Rubric } from '../rubrics/rubric.entity';
import { Membership } from '../members/membership.entity';

export enum InterviewMode {
  /** Timer, no pause, questions unseen until asked, one take. */
  REALISTIC = 'REALISTIC',
  /** Retries allowed. */
  PRACTICE = 'PRACTICE',
}
registerEnumType(InterviewMode, { name: 'InterviewMode' });

/** Follow-ups the interviewer may ask after one answer (templates and free practice alike). */
export const MAX_FOLLOW_UPS = 3;

@ObjectType()
@Entity('interview_templates')
@Index(['organizationId', 'name'])
export class InterviewTemplate extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field()
  @Column({ length: 200 })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => InterviewMode)
  @Column({ type: 'enum', enum: InterviewMode })
  mode: InterviewMode;

  @Field(() => ID)
  @Column('uuid')
  rubricId: string;

  @ManyToOne(() => Rubric, { onDelete: 'RESTRICT' })
  @JoinColumn()
  rubric?: Rubric;

  @Field(() => Int, { description: `AI follow-up questions asked after each answer (0..${MAX_FOLLOW_UPS}).` })
  @Column({ type: 'smallint', default: 0 })
  followUpCount: number;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: Membership;

  @Field()
  declare createdAt: Date;
}
