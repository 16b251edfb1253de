import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { AnswerMetrics } from '@mockint/scoring-core';
import { TenantEntity } from '../database/tenant.entity';
import { Answer } from '../sessions/answer.entity';
import { RubricVersion } from '../rubrics/rubric-version.entity';

export enum EvaluationSource {
  ANALYZER = 'ANALYZER',
  LLM = 'LLM',
  ANALYZER_FALLBACK = 'ANALYZER_FALLBACK',
}
registerEnumType(EvaluationSource, { name: 'EvaluationSource' });

/** Whether the answer was scored, or had too little in it to judge (then its score is withheld, not guessed). */
export enum EvaluationStatus {
  SCORED = 'SCORED',
  INSUFFICIENT_EVIDENCE = 'INSUFFICIENT_EVIDENCE',
}
registerEnumType(EvaluationStatus, { name: 'EvaluationStatus' });

@ObjectType()
export class CriterionEvaluation {
  @Field() key: string;
  @Field() name: string;
  @Field(() => Float) weight: number;
  @Field(() => Int, { description: '1..5' }) score: number;
  @Field() rationale: string;
  @Field(() => String, { nullable: true, description: 'Words from the answer that support the score (LLM judge).' })
  evidence: string | null;
  @Field({ description: 'The judge quoted words the answer does not contain: the quote was dropped.' })
  evidenceRejected: boolean;
}

@ObjectType()
export class RedFlagEvaluation {
  @Field() code: string;
  @Field() message: string;
}

@ObjectType({ description: 'The three questions to ask after every mock interview.' })
export class Feedback {
  @Field({ description: 'What would make the answer stronger?' }) stronger: string;
  @Field({ description: 'How did the communication style come across?' }) communication: string;
  @Field({ description: 'What concerns might a real interviewer have?' }) concerns: string;
}

/** The scoring of one answer against one rubric version; a second one for the same pair cannot exist. */
@ObjectType()
@Entity('evaluations')
@Index(['answerId', 'rubricVersionId'], { unique: true })
export class Evaluation extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Column('uuid')
  answerId: string;

  @ManyToOne(() => Answer, { onDelete: 'CASCADE' })
  @JoinColumn()
  answer?: Answer;

  @Column('uuid')
  rubricVersionId: string;

  @ManyToOne(() => RubricVersion, { onDelete: 'RESTRICT' })
  @JoinColumn()
  rubricVersion?: RubricVersion;

  @Field(() => EvaluationSource)
  @Column({ type: 'enum', enum: EvaluationSource })
  source: EvaluationSource;

  @Field(() => String, {
    nullable: true,
    description: 'The LLM that judged the answer; several judging together are joined by " + ".',
  })
  @Column({ type: 'text', nullable: true })
  model: string | null;

  @Field(() => EvaluationStatus)
  @Column({ type: 'enum', enum: EvaluationStatus, default: EvaluationStatus.SCORED })
  status: EvaluationStatus;

  @Field(() => Int, {
    nullable: true,
    description: '0..100; null when the score is withheld (INSUFFICIENT_EVIDENCE): left out of readiness and progress.',
  })
  @Column({ type: 'smallint', nullable: true })
  overallScore: number | null;

  @Field(() => String, { nullable: true, description: 'Why the score is withheld and what to do (INSUFFICIENT_EVIDENCE).' })
  @Column({ type: 'text', nullable: true })
  evidenceReason: string | null;

  @Field(() => [CriterionEvaluation], { description: 'Empty when the score is withheld: nothing was judged.' })
  @Column({ type: 'jsonb' })
  criteria: CriterionEvaluation[];

  /** The analyzer's full metrics, kept for readiness and trends; read as `analysis` (evaluation-metrics.types.ts). */
  @Column({ type: 'jsonb' })
  metrics: AnswerMetrics;

  @Field(() => [RedFlagEvaluation])
  @Column({ type: 'jsonb' })
  redFlags: RedFlagEvaluation[];

  @Field(() => Feedback)
  @Column({ type: 'jsonb' })
  feedback: Feedback;

  @Field(() => [String])
  @Column({ type: 'jsonb' })
  actionItems: string[];

  @Field()
  @Column({ type: 'text' })
  followUpQuestion: string;

  @Field()
  declare createdAt: Date;
}
