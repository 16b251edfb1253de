import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';
import { Answer } from '../sessions/answer.entity';
import { Membership } from '../members/membership.entity';

/** A coach's remark at a moment of a spoken answer: the candidate sees it at that point of their recording. */
@ObjectType()
@Entity('recording_comments')
@Index(['answerId', 'atSeconds'])
export class RecordingComment extends TenantEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => ID)
  @Column('uuid')
  answerId: string;

  @ManyToOne(() => Answer, { onDelete: 'CASCADE' })
  @JoinColumn()
  answer?: Answer;

  @Field(() => ID, { nullable: true, description: 'The member who wrote it; null once they left the organization.' })
  @Column('uuid', { nullable: true })
  authorId: string | null;

  @ManyToOne(() => Membership, { onDelete: 'SET NULL' })
  @JoinColumn()
  author?: Membership;

  @Field(() => Float, { description: "Seconds into the answer's recording (its parts one after another)." })
  @Column({ type: 'real' })
  atSeconds: number;

  @Field()
  @Column({ type: 'text' })
  body: string;

  @Field()
  declare createdAt: Date;
}
