import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Evaluation } from '../scoring/evaluation.entity';

/**
 * An AI suggestion the candidate dropped, so it is not proposed again. Apart from action_items so that
 * an action item is only ever OPEN or DONE; it goes with its evaluation.
 */
@Entity('dropped_suggestions')
@Index(['evaluationId', 'text'], { unique: true })
export class DroppedSuggestion extends TenantEntity {
  @Column('uuid')
  evaluationId: string;

  @ManyToOne(() => Evaluation, { onDelete: 'CASCADE' })
  @JoinColumn()
  evaluation?: Evaluation;

  /** As the evaluation spells it. */
  @Column({ type: 'text' })
  text: string;
}
