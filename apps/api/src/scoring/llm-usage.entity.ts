import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../database/tenant.entity';

/** One reply from the LLM judge: the tokens an organization spent (failed calls spend none). */
@Entity('llm_calls')
@Index(['organizationId', 'createdAt'])
export class LlmCall extends TenantEntity {
  @Column('uuid', { nullable: true })
  answerId: string | null;

  @Column({ type: 'text' })
  model: string;

  @Column({ type: 'integer' })
  promptTokens: number;

  @Column({ type: 'integer' })
  completionTokens: number;

  /** The reply passed validation and was used. */
  @Column()
  valid: boolean;
}

@ObjectType({ description: "The LLM judge's token use on one day (UTC) with one model." })
export class LlmUsageDay {
  @Field(() => GraphQLISODateTime, { description: 'Midnight UTC of the day.' }) day: Date;
  @Field() model: string;
  @Field(() => Int) calls: number;
  @Field(() => Int, { description: 'Replies that failed validation (their tokens count too).' }) invalidReplies: number;
  @Field(() => Int) promptTokens: number;
  @Field(() => Int) completionTokens: number;
}

@ObjectType({
  description: "The LLM judge's token use on the answers of one cohort's candidates (a candidate in two cohorts counts in both).",
})
export class LlmUsageCohort {
  @Field(() => ID, { nullable: true, description: "Null: candidates in no cohort (or staff's own practice)." })
  cohortId: string | null;
  @Field(() => String, { nullable: true }) cohortName: string | null;
  @Field(() => Int) calls: number;
  @Field(() => Int) promptTokens: number;
  @Field(() => Int) completionTokens: number;
}
