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
/** Bounds of a template's thinking time (seconds). */
export const THINKING_SECONDS = { min: 5, max: 300 } as const;
/** Longest waiting room before a realistic sitting's first question (seconds). */
export const MAX_WAITING_ROOM_SECONDS = 600;

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

  @Field(() => Int, {
    nullable: true,
    description: `Seconds a candidate may think after a question is shown before starting to answer (${THINKING_SECONDS.min}..${THINKING_SECONDS.max}); null: no limit. A later start is accepted and marked (Answer.startedLate).`,
  })
  @Column({ type: 'smallint', nullable: true })
  thinkingSeconds: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Seconds a candidate waits before the first question of a realistic sitting, as before a real interview (0..${MAX_WAITING_ROOM_SECONDS}); null or 0: none. Practice sittings skip it.`,
  })
  @Column({ type: 'smallint', nullable: true })
  waitingRoomSeconds: number | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: Membership;

  @Field()
  declare createdAt: Date;
}
