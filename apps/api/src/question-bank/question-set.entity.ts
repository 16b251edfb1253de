import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Company } from '../companies/company.entity';

/** A named bank of questions, general or for one company and role track. */
@ObjectType()
@Entity('question_sets')
@Index(['organizationId', 'name'])
export class QuestionSet extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field()
  @Column({ length: 200 })
  name: string;

  @Field()
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column('uuid', { nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { onDelete: 'SET NULL' })
  @JoinColumn()
  company?: Company;

  @Field(() => String, { nullable: true, description: 'e.g. "Backend engineer", "Data analyst".' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  roleTrack: string | null;

  @Field({ description: 'Kept out of free practice (templates may still use it): questions saved for real interviews.' })
  @Column({ default: false })
  staffOnly: boolean;

  @Field()
  declare createdAt: Date;
}
