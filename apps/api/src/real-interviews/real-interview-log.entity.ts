import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Membership } from '../members/membership.entity';
import { Company } from '../companies/company.entity';

export enum InterviewStage {
  PHONE_SCREEN = 'PHONE_SCREEN',
  TECHNICAL = 'TECHNICAL',
  ONSITE = 'ONSITE',
  FINAL = 'FINAL',
  OTHER = 'OTHER',
}
registerEnumType(InterviewStage, { name: 'InterviewStage' });

export enum InterviewOutcome {
  PENDING = 'PENDING',
  ADVANCED = 'ADVANCED',
  OFFER = 'OFFER',
  REJECTED = 'REJECTED',
  WITHDREW = 'WITHDREW',
}
registerEnumType(InterviewOutcome, { name: 'InterviewOutcome' });

/** A real interview a candidate went to, as they remember it: what closes the loop with mock practice. */
@ObjectType()
@Entity('real_interview_logs')
@Index(['organizationId', 'membershipId', 'interviewedOn'])
export class RealInterviewLog extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID, { description: 'The candidate (member id).' })
  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn()
  membership?: Membership;

  @Field(() => ID, { nullable: true, description: "The organization's company record, when there is one." })
  @Index()
  @Column('uuid', { nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { onDelete: 'SET NULL' })
  @JoinColumn()
  company?: Company;

  @Field({ description: "As the candidate typed it, or the linked company's name." })
  @Column({ type: 'text' })
  companyName: string;

  @Field()
  @Column({ type: 'text' })
  role: string;

  @Field(() => InterviewStage)
  @Column({ type: 'enum', enum: InterviewStage })
  stage: InterviewStage;

  @Field({ description: 'ISO date (YYYY-MM-DD).' })
  @Column({ type: 'date' })
  interviewedOn: string;

  @Field(() => Int, { nullable: true, description: 'How it went, by the candidate (1..5).' })
  @Column({ type: 'smallint', nullable: true })
  selfEvaluation: number | null;

  @Field(() => InterviewOutcome)
  @Column({ type: 'enum', enum: InterviewOutcome, default: InterviewOutcome.PENDING })
  outcome: InterviewOutcome;

  @Field()
  @Column({ type: 'text', default: '' })
  notes: string;

  @Field()
  declare createdAt: Date;
}
