import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Membership } from '../members/membership.entity';

/** What a candidate's notification e-mail was about. */
export enum NotificationKind {
  /** A coach's review of one of their evaluations (subject: the review). */
  REVIEW_POSTED = 'REVIEW_POSTED',
  /** An assignment due within a day (subject: the assignment). */
  ASSIGNMENT_DUE = 'ASSIGNMENT_DUE',
}

/**
 * One e-mail a member was sent about one thing, recorded before it leaves: the unique key makes a
 * second job (or a restart) skip it. `createdAt` is when it was sent.
 */
@Entity('sent_notifications')
@Index(['organizationId', 'membershipId', 'kind', 'subjectId'], { unique: true })
export class SentNotification extends TenantEntity {
  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn()
  membership?: Membership;

  @Column({ type: 'enum', enum: NotificationKind })
  kind: NotificationKind;

  @Column('uuid')
  subjectId: string;
}
