import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

const ANSWER_MAX = 20_000;

@InputType()
export class StartSessionInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => Int, { nullable: true, description: 'How confident the candidate feels now (1..5).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  confidenceBefore?: number;
}

@InputType()
export class AnswerInput {
  @Field(() => ID)
  @IsUUID()
  sessionQuestionId: string;

  @Field({ description: `Typed text or a transcript, at most ${ANSWER_MAX} characters.` })
  @IsString()
  @MaxLength(ANSWER_MAX)
  text: string;
}

@InputType()
export class CompleteSessionInput {
  @Field(() => Int, { nullable: true, description: 'How confident the candidate feels after (1..5).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  confidenceAfter?: number;
}
