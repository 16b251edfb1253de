import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { RealInterviewLog } from './real-interview-log.entity';

/**
 * A question asked in a real interview. Rows, not a JSON list, so a cohort's unexpected questions group
 * by `promptKey` in the database, and a question promoted into the bank keeps a link that survives edits.
 */
@ObjectType()
@Entity('real_interview_questions')
@Index(['logId', 'position'])
export class RealInterviewQuestion extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Column('uuid')
  logId: string;

  @ManyToOne(() => RealInterviewLog, { onDelete: 'CASCADE' })
  @JoinColumn()
  log?: RealInterviewLog;

  @Field(() => Int, { description: 'Order in the interview, from 0.' })
  @Column({ type: 'smallint' })
  position: number;

  @Field()
  @Column({ type: 'text' })
  prompt: string;

  /** The prompt trimmed, spaces collapsed and lower-cased: the same question however it was typed. */
  @Column({ type: 'text' })
  promptKey: string;

  @Field({ description: 'The candidate did not see it coming.' })
  @Column({ default: false })
  unexpected: boolean;

  @Field(() => [String])
  @Column({ type: 'text', array: true, default: '{}' })
  competencies: string[];
}
