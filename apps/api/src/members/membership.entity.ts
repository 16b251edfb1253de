import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Role } from '../common/role';
import { User } from './user.entity';

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

  @Field()
  declare createdAt: Date;
}
