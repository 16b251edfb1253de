import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Membership } from '../members/membership.entity';
import { Cohort } from './cohort.entity';

export enum CohortRole {
  CANDIDATE = 'CANDIDATE',
  COACH = 'COACH',
}
registerEnumType(CohortRole, { name: 'CohortRole' });

/** A candidate in a cohort, or a coach of it. */
@ObjectType()
@Entity('cohort_members')
@Index(['cohortId', 'membershipId'], { unique: true })
@Index(['organizationId', 'membershipId'])
export class CohortMember extends TenantEntity {
  @Index()
  @Column('uuid')
  cohortId: string;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn()
  cohort?: Cohort;

  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn()
  membership?: Membership;

  @Field(() => CohortRole)
  @Column({ type: 'enum', enum: CohortRole })
  cohortRole: CohortRole;
}
