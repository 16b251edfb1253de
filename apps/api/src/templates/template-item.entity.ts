import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Question, QuestionType, Difficulty } from '../question-bank/question.entity';
import { QuestionSet } from '../question-bank/question-set.entity';
import { Company } from '../companies/company.entity';
import { InterviewTemplate } from './interview-template.entity';

/**
 * One slot of a template: a fixed question, or a rule drawing `drawCount` random questions matching
 * its filters when a session starts.
 */
@ObjectType()
@Entity('template_items')
@Index(['templateId', 'position'], { unique: true })
export class TemplateItem extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Column('uuid')
  templateId: string;

  @ManyToOne(() => InterviewTemplate, { onDelete: 'CASCADE' })
  @JoinColumn()
  template?: InterviewTemplate;

  @Field(() => Int)
  @Column({ type: 'smallint' })
  position: number;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column('uuid', { nullable: true })
  questionId: string | null;

  @ManyToOne(() => Question, { onDelete: 'RESTRICT' })
  @JoinColumn()
  question?: Question;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  drawQuestionSetId: string | null;

  @ManyToOne(() => QuestionSet, { onDelete: 'RESTRICT' })
  @JoinColumn()
  drawQuestionSet?: QuestionSet;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  drawCompanyId: string | null;

  @ManyToOne(() => Company, { onDelete: 'RESTRICT' })
  @JoinColumn()
  drawCompany?: Company;

  @Field(() => QuestionType, { nullable: true })
  @Column({ type: 'enum', enum: QuestionType, nullable: true })
  drawType: QuestionType | null;

  @Field(() => Difficulty, { nullable: true })
  @Column({ type: 'enum', enum: Difficulty, nullable: true })
  drawDifficulty: Difficulty | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  drawCompetency: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: 'smallint', nullable: true })
  drawCount: number | null;

  @Field(() => Int, { nullable: true, description: "Overrides the question's own time limit." })
  @Column({ type: 'integer', nullable: true })
  timeLimitSeconds: number | null;
}
