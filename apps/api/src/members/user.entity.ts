import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A person. Global (one per e-mail); what they may see comes from their memberships. */
@ObjectType()
@Entity('users')
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased, so the unique key is case-insensitive. */
  @Field()
  @Column({ length: 254, unique: true })
  email: string;

  @Field()
  @Column({ length: 200 })
  name: string;

  /** argon2id; null until the person accepts an invitation. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Field()
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
