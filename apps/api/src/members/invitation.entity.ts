import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Membership } from './membership.entity';

export enum InvitationDelivery {
  /** Mailed to the person: only the owner of the mailbox holds the link. */
  EMAIL = 'EMAIL',
  /** Handed to the inviting admin (no mail server): whoever holds it is not proven to be the person. */
  LINK = 'LINK',
  /** Printed for the server's operator by `npm run manage` (who can reset any password anyway). */
  OPERATOR = 'OPERATOR',
}
registerEnumType(InvitationDelivery, { name: 'InvitationDelivery' });

export enum InvitationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  /** Replaced by a newer invitation, or the pending member was removed. */
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(InvitationStatus, { name: 'InvitationStatus' });

/**
 * A one-time, expiring link to join an organization as a pending member (`membershipId`). Only a hash
 * of the secret is kept. The name is the inviter's, so nothing shows how the person is known elsewhere.
 */
@ObjectType()
@Entity('invitations')
@Index(['organizationId', 'createdAt'])
export class Invitation extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Index()
  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn()
  membership?: Membership;

  @Field()
  @Column({ length: 254 })
  email: string;

  @Field({ description: 'The name the inviter gave.' })
  @Column({ length: 200 })
  name: string;

  @Column({ length: 64, unique: true })
  secretHash: string;

  @Field(() => InvitationDelivery)
  @Column({ type: 'enum', enum: InvitationDelivery })
  delivery: InvitationDelivery;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  declinedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column('uuid', { nullable: true })
  invitedById: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn()
  invitedBy?: Membership;

  @Field()
  declare createdAt: Date;
}

export function invitationStatus(invitation: Invitation, now = Date.now()): InvitationStatus {
  if (invitation.acceptedAt) return InvitationStatus.ACCEPTED;
  if (invitation.declinedAt) return InvitationStatus.DECLINED;
  if (invitation.revokedAt) return InvitationStatus.REVOKED;
  if (invitation.expiresAt.getTime() <= now) return InvitationStatus.EXPIRED;
  return InvitationStatus.PENDING;
}
