import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import type { Judgement } from './judgement';

/**
 * Validated LLM judgements by content hash (model, rubric version, question, answer text), so the same
 * answer under the same rubric version always gets the same scores, and pays once.
 */
@Entity('llm_judgements')
@Index(['organizationId', 'contentHash'], { unique: true })
export class LlmJudgement extends TenantEntity {
  @Column({ type: 'char', length: 64 })
  contentHash: string;

  @Column({ type: 'text' })
  model: string;

  @Column({ type: 'jsonb' })
  judgement: Judgement;

  /** The answer whose judging stored it: deleting a candidate's data deletes what their answers cached. */
  @Index()
  @Column('uuid', { nullable: true })
  answerId: string | null;
}
