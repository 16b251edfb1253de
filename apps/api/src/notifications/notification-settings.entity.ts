import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Membership } from '../members/membership.entity';

/**
 * A member's notification e-mails: whether they want them, and which digests went out (so a restart or a
 * second process never sends one twice). No row: e-mails on, nothing sent yet.
 */
@Entity('notification_settings')
@Index(['organizationId', 'membershipId'], { unique: true })
export class NotificationSettings extends TenantEntity {
  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn()
  membership?: Membership;

  @Column({ default: true })
  emailEnabled: boolean;

  /** The UTC day of the last "sessions waiting for your review" e-mail (coaches). */
  @Column({ type: 'date', nullable: true })
  reviewDigestOn: string | null;

  /** The Monday (UTC) of the week of the last at-risk digest (admins). */
  @Column({ type: 'date', nullable: true })
  atRiskDigestOn: string | null;
}

/** Whether the member in `memberColumn` wants notification e-mails (`$1` the organization), as SQL. */
export const emailWantedSql = (memberColumn: string) =>
  `coalesce((SELECT ns.email_enabled FROM notification_settings ns WHERE ns.organization_id = $1
    AND ns.membership_id = ${memberColumn}), TRUE)`;
