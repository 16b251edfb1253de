import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { NUMERIC } from '../database/numeric';
import { Membership } from '../members/membership.entity';
import { Assignment } from '../assignments/assignment.entity';
import { InterviewMode } from '../templates/interview-template.entity';
import { RubricVersion } from '../rubrics/rubric-version.entity';

export enum SessionStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}
registerEnumType(SessionStatus, { name: 'SessionStatus' });

/** One sitting of a candidate: the questions are frozen when it starts. */
@ObjectType()
@Entity('interview_sessions')
@Index(['organizationId', 'membershipId', 'createdAt'])
export class InterviewSession extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID, { description: 'The candidate (member id).' })
  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn()
  membership?: Membership;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column('uuid', { nullable: true })
  assignmentId: string | null;

  @ManyToOne(() => Assignment, { onDelete: 'SET NULL' })
  @JoinColumn()
  assignment?: Assignment;

  @Field(() => InterviewMode)
  @Column({ type: 'enum', enum: InterviewMode })
  mode: InterviewMode;

  @Column('uuid')
  rubricVersionId: string;

  @ManyToOne(() => RubricVersion, { onDelete: 'RESTRICT' })
  @JoinColumn()
  rubricVersion?: RubricVersion;

  @Field(() => Int, { description: 'Follow-up questions the interviewer asks after each answer (0..3).' })
  @Column({ type: 'smallint', default: 0 })
  followUpCount: number;

  @Field(() => Float, {
    description: "The candidate's accommodation when the sitting started: every time limit in it is multiplied by this.",
  })
  @Column({ type: 'numeric', precision: 3, scale: 2, default: 1, transformer: NUMERIC })
  timeMultiplier: number;

  @Field(() => Int, {
    description:
      "Seconds the candidate waits, from the sitting's start, before its first question can be shown (0: none; the template's, realistic sittings only).",
  })
  @Column({ type: 'smallint', default: 0 })
  waitingRoomSeconds: number;

  @Field(() => SessionStatus)
  @Column({ type: 'enum', enum: SessionStatus, default: SessionStatus.IN_PROGRESS })
  status: SessionStatus;

  @Field(() => Int, { nullable: true, description: 'Self-rated confidence before the session (1..5).' })
  @Column({ type: 'smallint', nullable: true })
  confidenceBefore: number | null;

  @Field(() => Int, { nullable: true, description: 'Self-rated confidence after the session (1..5).' })
  @Column({ type: 'smallint', nullable: true })
  confidenceAfter: number | null;

  @Field(() => [String], { description: 'Pre-session checklist items the candidate ticked (quiet room, water, notes...).' })
  @Column({ type: 'jsonb', default: [] })
  checklist: string[];

  @Field(() => Int, { description: 'Times the candidate left the interview window, as reported by the client.' })
  @Column({ type: 'integer', default: 0 })
  focusLossCount: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field({ description: 'When the session started.' })
  declare createdAt: Date;
}
