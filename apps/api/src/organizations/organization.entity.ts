import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType()
@Entity('organizations')
export class Organization {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ length: 200 })
  name: string;

  @Field()
  @Column({ length: 80, unique: true })
  slug: string;

  @Field({ description: 'IANA time zone (e.g. Europe/Paris) in which staff enter dates such as due dates.' })
  @Column({ length: 64, default: 'UTC' })
  timeZone: string;

  @Field(() => Int, {
    nullable: true,
    description: "Days recorded answers' audio is kept, then deleted (the answers and their feedback stay); null: kept.",
  })
  @Column({ type: 'integer', nullable: true })
  recordingRetentionDays: number | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
