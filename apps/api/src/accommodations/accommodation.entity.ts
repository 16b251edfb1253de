import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { NUMERIC } from '../database/numeric';
import { Membership } from '../members/membership.entity';

/**
 * What a candidate is granted beyond the usual sitting (extra time, extra realistic sittings), as a
 * career office must for students with disabilities. At most one per candidate.
 */
@ObjectType()
@Entity('accommodations')
@Index(['organizationId', 'membershipId'], { unique: true })
export class Accommodation extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID, { description: 'The candidate (member id).' })
  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn()
  membership?: Membership;

  @Field(() => Float, { description: 'Every time limit of a sitting the candidate starts is multiplied by this.' })
  @Column({ type: 'numeric', precision: 3, scale: 2, default: 1, transformer: NUMERIC })
  timeMultiplier: number;

  @Field(() => Int, { description: 'Realistic sittings allowed beyond the first, on every assignment.' })
  @Column({ type: 'smallint', default: 0 })
  extraRetakes: number;

  @Field()
  @Column({ type: 'text', default: '' })
  note: string;

  @Field(() => ID, { nullable: true, description: 'Who set it last (member id).' })
  @Column('uuid', { nullable: true })
  grantedById: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn()
  grantedBy?: Membership;

  @Field()
  declare createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
