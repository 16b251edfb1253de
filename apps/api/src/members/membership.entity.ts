import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Role } from '../common/role';
import { User } from './user.entity';

export enum MemberStatus {
  /** Invited or rostered, not joined yet: in cohorts and given assignments, but cannot sign in here. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  /** Removed by an administrator: cannot sign in here; their sessions and reviews are kept. */
  DEACTIVATED = 'DEACTIVATED',
}
registerEnumType(MemberStatus, { name: 'MemberStatus' });

/** A person's role in one organization. */
@ObjectType('Member')
@Entity('memberships')
@Index(['organizationId', 'userId'], { unique: true })
@Index(['organizationId', 'role', 'createdAt'])
export class Membership extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Index()
  @Column('uuid')
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: User;

  @Field(() => Role)
  @Column({ type: 'enum', enum: Role })
  role: Role;

  @Field(() => MemberStatus)
  @Column({ type: 'enum', enum: MemberStatus, default: MemberStatus.ACTIVE })
  status: MemberStatus;

  @Field(() => Date, { nullable: true, description: 'When the person first joined (accepted); null while invited.' })
  @Column({ type: 'timestamptz', nullable: true })
  joinedAt: Date | null;

  @Field()
  declare createdAt: Date;
}
