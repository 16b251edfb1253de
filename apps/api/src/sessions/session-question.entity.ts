import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Question, QuestionType } from '../question-bank/question.entity';
import { InterviewSession } from './interview-session.entity';

/**
 * A question as it was when the session started (later edits to the bank do not change a sitting), or a
 * follow-up the interviewer asked after an answer, placed right after it.
 */
@ObjectType()
@Entity('session_questions')
@Index(['sessionId', 'position'], { unique: true })
export class SessionQuestion extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Column('uuid')
  sessionId: string;

  @ManyToOne(() => InterviewSession, { onDelete: 'CASCADE' })
  @JoinColumn()
  session?: InterviewSession;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  position: number;

  @Index()
  @Column('uuid', { nullable: true })
  questionId: string | null;

  @ManyToOne(() => Question, { onDelete: 'SET NULL' })
  @JoinColumn()
  question?: Question;

  @Field(() => ID, { nullable: true, description: 'The question this one follows up on.' })
  @Index({ unique: true })
  @Column('uuid', { nullable: true })
  followUpOfId: string | null;

  @ManyToOne(() => SessionQuestion, { onDelete: 'CASCADE' })
  @JoinColumn()
  followUpOf?: SessionQuestion;

  @Field(() => Int, { description: '0 for a question of the interview, 1 for its follow-up, 2 for the follow-up of that...' })
  @Column({ type: 'smallint', default: 0 })
  followUpDepth: number;

  @Column({ type: 'text' })
  prompt: string;

  @Field(() => QuestionType)
  @Column({ type: 'enum', enum: QuestionType })
  type: QuestionType;

  @Column({ type: 'text', array: true, default: '{}' })
  competencies: string[];

  @Column({ type: 'text', array: true, default: '{}' })
  talkingPoints: string[];

  @Field(() => Int)
  @Column({ type: 'integer' })
  timeLimitSeconds: number;

  @Field(() => Int, {
    nullable: true,
    description:
      "Seconds the candidate may think after the question is shown before starting to answer (the template's, times the sitting's time multiplier); null: no limit.",
  })
  @Column({ type: 'integer', nullable: true })
  thinkingSeconds: number | null;

  /** When the candidate was first shown the question: the start of thinking time. */
  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  shownAt: Date | null;
}
