import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { QuestionSet } from './question-set.entity';
import { RealInterviewQuestion } from '../real-interviews/real-interview-question.entity';

export enum QuestionType {
  BEHAVIORAL = 'BEHAVIORAL',
  TECHNICAL = 'TECHNICAL',
  SYSTEM_DESIGN = 'SYSTEM_DESIGN',
  CODING = 'CODING',
  CASE = 'CASE',
  SITUATIONAL = 'SITUATIONAL',
}
registerEnumType(QuestionType, { name: 'QuestionType' });

/** A question's answer time unless it sets its own. */
export const DEFAULT_TIME_LIMIT_SECONDS = 180;

export enum Difficulty {
  EASY = 'EASY',
  MEDIUM = 'MEDIUM',
  HARD = 'HARD',
}
registerEnumType(Difficulty, { name: 'Difficulty' });

@ObjectType()
@Entity('questions')
@Index(['organizationId', 'questionSetId', 'createdAt'])
@Index(['organizationId', 'type', 'difficulty'])
@Index(['questionSetId', 'sourceRealInterviewQuestionId'], { unique: true })
export class Question extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Column('uuid')
  questionSetId: string;

  @ManyToOne(() => QuestionSet, { onDelete: 'CASCADE' })
  @JoinColumn()
  questionSet?: QuestionSet;

  @Field()
  @Column({ type: 'text' })
  prompt: string;

  @Field(() => QuestionType)
  @Column({ type: 'enum', enum: QuestionType })
  type: QuestionType;

  @Field(() => Difficulty)
  @Column({ type: 'enum', enum: Difficulty, default: Difficulty.MEDIUM })
  difficulty: Difficulty;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  competencies: string[];

  @Field(() => [String], { description: 'Points a strong answer covers.' })
  @Column({ type: 'text', array: true, default: '{}' })
  talkingPoints: string[];

  @Field(() => [String], { description: 'Probes an interviewer may follow up with.' })
  @Column({ type: 'text', array: true, default: '{}' })
  followUps: string[];

  @Field(() => Int)
  @Column({ type: 'integer', default: DEFAULT_TIME_LIMIT_SECONDS })
  timeLimitSeconds: number;

  @Field(() => ID, {
    nullable: true,
    description: 'The question a candidate logged from a real interview that this one was promoted from.',
  })
  @Index()
  @Column('uuid', { nullable: true })
  sourceRealInterviewQuestionId: string | null;

  @ManyToOne(() => RealInterviewQuestion, { onDelete: 'SET NULL' })
  @JoinColumn()
  sourceRealInterviewQuestion?: RealInterviewQuestion;

  @Field()
  declare createdAt: Date;
}
