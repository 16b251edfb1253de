import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Role } from '../common/role';
import { Membership } from './membership.entity';

/** A one-time, expiring link to join an organization and set a password. Only a hash of the secret is kept. */
@ObjectType()
@Entity('invitations')
@Index(['organizationId', 'createdAt'])
export class Invitation extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field()
  @Column({ length: 254 })
  email: string;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role })
  role: Role;

  @Column({ length: 64, unique: true })
  secretHash: string;

  @Field()
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column('uuid', { nullable: true })
  invitedById: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn()
  invitedBy?: Membership;

  @Field()
  declare createdAt: Date;
}
