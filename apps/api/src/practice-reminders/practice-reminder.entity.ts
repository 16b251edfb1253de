import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Membership } from '../members/membership.entity';

/** A practice a candidate planned for themselves: a reminder in the app, a calendar event, an e-mail shortly before. */
@ObjectType({
  description: 'A practice you planned: shown in the app, added to your calendar (ics), e-mailed about an hour before.',
})
@Entity('practice_reminders')
@Index(['organizationId', 'membershipId', 'at'])
// The e-mail job looks for reminders not sent yet, by time.
@Index(['at'], { where: '"sent_at" IS NULL' })
export class PracticeReminder extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID, { description: 'The candidate (member id).' })
  @Column('uuid')
  membershipId: string;

  @ManyToOne(() => Membership, { onDelete: 'CASCADE' })
  @JoinColumn()
  membership?: Membership;

  @Field({ description: 'When the practice is planned.' })
  @Column({ type: 'timestamptz' })
  at: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Date, { nullable: true, description: 'When the reminder e-mail went out; null until then, and when mail is off.' })
  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Field({ description: 'When it was scheduled.' })
  declare createdAt: Date;
}
