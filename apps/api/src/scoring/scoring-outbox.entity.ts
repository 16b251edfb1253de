import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Answer } from '../sessions/answer.entity';

/**
 * Answers that need scoring, written in the transaction that submits them. The job is queued after
 * commit; the row goes when the evaluation is stored, so a crash or a Redis outage loses nothing:
 * rows left here are queued again at start-up.
 */
@Entity('scoring_outbox')
export class ScoringOutbox {
  @PrimaryColumn('uuid')
  answerId: string;

  @ManyToOne(() => Answer, { onDelete: 'CASCADE' })
  @JoinColumn()
  answer?: Answer;

  @Index()
  @Column('uuid')
  organizationId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
