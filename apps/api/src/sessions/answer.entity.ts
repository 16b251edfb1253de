import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { InterviewSession } from './interview-session.entity';
import { SessionQuestion } from './session-question.entity';

export enum AnswerStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  SCORED = 'SCORED',
}
registerEnumType(AnswerStatus, { name: 'AnswerStatus' });

/** An answer to one session question; practice allows several attempts, realistic mode one. */
@ObjectType()
@Entity('answers')
@Index(['sessionQuestionId', 'attempt'], { unique: true })
@Index(['organizationId', 'status'])
export class Answer extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Index()
  @Column('uuid')
  sessionId: string;

  @ManyToOne(() => InterviewSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: InterviewSession;

  @Field(() => ID)
  @Column('uuid')
  sessionQuestionId: string;

  @ManyToOne(() => SessionQuestion, { onDelete: 'CASCADE' })
  @JoinColumn()
  sessionQuestion?: SessionQuestion;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  attempt: number;

  @Field()
  @Column({ type: 'text', default: '' })
  text: string;

  @Field(() => AnswerStatus)
  @Column({ type: 'enum', enum: AnswerStatus, default: AnswerStatus.DRAFT })
  status: AnswerStatus;

  /**
   * When this attempt's clock started: the question's first showing for attempt 1 (then null), the
   * candidate asking to try again for a practice retry.
   */
  @Column({ type: 'timestamptz', nullable: true })
  askedAt: Date | null;

  /** When the candidate started answering (first draft save or submit). */
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  thinkingSeconds: number | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'integer', nullable: true })
  durationSeconds: number | null;

  @Field({ description: 'Submitted after the time limit: accepted, and marked.' })
  @Column({ default: false })
  overTime: boolean;

  @Field({ description: "Started after the question's thinking time: accepted, and marked." })
  @Column({ default: false })
  startedLate: boolean;
}
