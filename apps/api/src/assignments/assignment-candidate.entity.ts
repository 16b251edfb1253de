import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Membership } from '../members/membership.entity';
import { Assignment } from './assignment.entity';

export enum AssignmentStatus {
  ASSIGNED = 'ASSIGNED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}
registerEnumType(AssignmentStatus, { name: 'AssignmentStatus' });

/** One candidate's copy of an assignment and how far they got. */
@ObjectType()
@Entity('assignment_candidates')
@Index(['assignmentId', 'membershipId'], { unique: true })
@Index(['organizationId', 'membershipId', 'status'])
export class AssignmentCandidate extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Column('uuid')
  assignmentId: string;

  @ManyToOne(() => Assignment, { onDelete: 'CASCADE' })
  @JoinColumn()
  assignment?: Assignment;

  @Field(() => ID, { description: 'The candidate (member id).' })
  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn()
  membership?: Membership;

  @Field(() => AssignmentStatus)
  @Column({ type: 'enum', enum: AssignmentStatus, default: AssignmentStatus.ASSIGNED })
  status: AssignmentStatus;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Field(() => Int, { description: 'Realistic sittings granted beyond the first (see grantRetake).' })
  @Column({ type: 'smallint', default: 0 })
  retakesGranted: number;
}
