import { Field, GraphQLISODateTime, ID, InputType } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID } from 'class-validator';

@InputType()
export class AgreementFilter {
  @Field(() => ID, { nullable: true, description: "Only answers of this cohort's candidates." })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Reviews written at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Reviews written before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
