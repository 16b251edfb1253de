import { Field, ID, InputType, Int, PartialType, OmitType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { RequiredText, OptionalText, SearchText, StringList } from '../common/fields';
import { ListOptionsOf } from '../common/list';
import { UpdateOf } from '../common/update-input';
import { Difficulty, Question, QuestionType } from './question.entity';
import { QuestionSet } from './question-set.entity';

@InputType()
export class CreateQuestionSetInput {
  @RequiredText(200)
  name: string;

  @OptionalText(5000)
  description?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @OptionalText(200)
  roleTrack?: string;

  @Field({ nullable: true, description: 'Keep the set out of free practice (default false).' })
  @IsOptional()
  @IsBoolean()
  staffOnly?: boolean;
}

@InputType()
@UpdateOf(QuestionSet)
export class UpdateQuestionSetInput extends PartialType(CreateQuestionSetInput) {}

@InputType()
export class CreateQuestionInput {
  @Field(() => ID)
  @IsUUID()
  questionSetId: string;

  @Field()
  @IsString()
  @MinLength(5, { message: 'prompt must be at least 5 characters long' })
  @MaxLength(4000)
  prompt: string;

  @Field(() => QuestionType)
  @IsEnum(QuestionType, { message: `type must be one of ${Object.values(QuestionType).join(', ')}` })
  type: QuestionType;

  @Field(() => Difficulty, { nullable: true })
  @IsOptional()
  @IsEnum(Difficulty, { message: `difficulty must be one of ${Object.values(Difficulty).join(', ')}` })
  difficulty?: Difficulty;

  @StringList(20, 100)
  competencies?: string[];

  @StringList(30, 500)
  talkingPoints?: string[];

  @StringList(20, 1000)
  followUps?: string[];

  @Field(() => Int, { nullable: true, description: '10 seconds to 2 hours; default 180.' })
  @IsOptional()
  @IsInt({ message: 'timeLimitSeconds must be a whole number' })
  @Min(10)
  @Max(7200)
  timeLimitSeconds?: number;
}

@InputType()
@UpdateOf(Question)
export class UpdateQuestionInput extends PartialType(OmitType(CreateQuestionInput, ['questionSetId'] as const)) {}

export enum QuestionSetSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(QuestionSetSortField, { name: 'QuestionSetSortField' });

@InputType()
export class QuestionSetFilter {
  @SearchText()
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  companyId?: string;
}

@InputType()
export class QuestionSetListOptions extends ListOptionsOf(
  'QuestionSet',
  QuestionSetSortField,
  QuestionSetSortField.NAME,
  QuestionSetFilter,
) {}

export enum QuestionSortField {
  CREATED_AT = 'CREATED_AT',
  TYPE = 'TYPE',
  DIFFICULTY = 'DIFFICULTY',
  PROMPT = 'PROMPT',
}
registerEnumType(QuestionSortField, { name: 'QuestionSortField' });

@InputType()
export class QuestionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  questionSetId?: string;

  @Field(() => ID, { nullable: true, description: 'Questions of sets for this company.' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @Field(() => QuestionType, { nullable: true })
  @IsOptional()
  @IsEnum(QuestionType)
  type?: QuestionType;

  @Field(() => Difficulty, { nullable: true })
  @IsOptional()
  @IsEnum(Difficulty)
  difficulty?: Difficulty;

  @OptionalText(100)
  competency?: string;

  @SearchText('Matches the prompt.')
  search?: string;
}

@InputType()
export class QuestionListOptions extends ListOptionsOf(
  'Question',
  QuestionSortField,
  QuestionSortField.CREATED_AT,
  QuestionFilter,
) {}
