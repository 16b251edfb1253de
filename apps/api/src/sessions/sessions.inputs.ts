import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

const ANSWER_MAX = 20_000;

@InputType()
export class StartSessionInput {
  @Field(() => ID)
  @IsUUID()
  assignmentId: string;

  @Field(() => [String], { nullable: true, description: 'Checklist items ticked before starting.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  checklist?: string[];

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
