import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../members/user.entity';
import { Organization } from '../organizations/organization.entity';

export enum PasswordResetChannel {
  /** Mailed to the person (they asked, or an admin did with a mail server configured). */
  EMAIL = 'EMAIL',
  /** Handed to an organization's admin (no mail server): valid only for accounts of that organization alone. */
  ADMIN_LINK = 'ADMIN_LINK',
  /** Printed by `npm run manage -- reset-password` for the server's operator. */
  OPERATOR = 'OPERATOR',
}

/** A one-time, expiring link to choose a new password. Global (users are); only a hash of the secret is kept. */
@Entity('password_resets')
export class PasswordReset {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Column({ length: 64, unique: true })
  secretHash: string;

  @Column({ type: 'enum', enum: PasswordResetChannel })
  channel: PasswordResetChannel;

  /** The organization whose admin got the link (ADMIN_LINK only). */
  @Column('uuid', { nullable: true })
  issuedByOrganizationId: string | null;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  issuedByOrganization?: Organization;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
