import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { InterviewTemplate } from '../templates/interview-template.entity';
import { Cohort } from '../cohorts/cohort.entity';
import { Membership } from '../members/membership.entity';

/** A template given to a cohort or to chosen candidates, with a due date. */
@ObjectType()
@Entity('assignments')
@Index(['organizationId', 'dueAt'])
export class Assignment extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field()
  @Column({ length: 200 })
  title: string;

  @Field(() => ID)
  @Index()
  @Column('uuid')
  templateId: string;

  @ManyToOne(() => InterviewTemplate, { onDelete: 'RESTRICT' })
  @JoinColumn()
  template?: InterviewTemplate;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column('uuid', { nullable: true })
  cohortId: string | null;

  @ManyToOne(() => Cohort, { onDelete: 'CASCADE' })
  @JoinColumn()
  cohort?: Cohort;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  createdById: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: Membership;

  @Field()
  declare createdAt: Date;
}
