import { Field, ID, InputType, Int, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { OptionalText, RequiredText, StringList } from '../common/fields';
import { ListOptionsOf, SortOrder } from '../common/list';
import { UpdateOf } from '../common/update-input';
import { CreateQuestionInput } from '../question-bank/question-bank.inputs';
import { QuestionType } from '../question-bank/question.entity';
import { InterviewOutcome, InterviewStage, RealInterviewLog } from './real-interview-log.entity';

/** Questions one logged interview may list. */
export const MAX_LOGGED_QUESTIONS = 30;

@InputType()
export class RealInterviewQuestionInput {
  @Field()
  @IsString()
  // As short as a question of the bank may be, so that any logged question can be promoted.
  @MinLength(5, { message: 'a question must be at least 5 characters long' })
  @MaxLength(2000)
  prompt: string;

  @Field({ nullable: true, description: 'You did not see it coming (default false).' })
  @IsOptional()
  @IsBoolean()
  unexpected?: boolean;

  @StringList(10, 100)
  competencies?: string[];
}

@InputType()
export class LogRealInterviewInput {
  @Field(() => ID, { nullable: true, description: "The organization's company record; or give companyName." })
  @IsOptional()
  @IsUUID('all', { message: 'companyId must be a company id' })
  companyId?: string;

  @OptionalText(200, "The company's name (default: the linked company's).")
  companyName?: string;

  @RequiredText(200, 'The role applied for.')
  role: string;

  @Field(() => InterviewStage)
  @IsEnum(InterviewStage, { message: `stage must be one of ${Object.values(InterviewStage).join(', ')}` })
  stage: InterviewStage;

  @Field({ description: 'The day of the interview, YYYY-MM-DD; not after tomorrow.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'interviewedOn must be a date like 2026-03-15' })
  @IsISO8601({ strict: true }, { message: 'interviewedOn is not a day of the calendar' })
  interviewedOn: string;

  @Field(() => [RealInterviewQuestionInput], {
    nullable: true,
    description: `At most ${MAX_LOGGED_QUESTIONS}, in the order asked.`,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_LOGGED_QUESTIONS)
  @ValidateNested({ each: true })
  @Type(() => RealInterviewQuestionInput)
  questions?: RealInterviewQuestionInput[];

  @Field(() => Int, { nullable: true, description: 'How it went, 1 (badly) to 5 (very well).' })
  @IsOptional()
  @IsInt({ message: 'selfEvaluation must be a whole number' })
  @Min(1)
  @Max(5)
  selfEvaluation?: number;

  @Field(() => InterviewOutcome, { nullable: true, description: 'Default PENDING.' })
  @IsOptional()
  @IsEnum(InterviewOutcome, { message: `outcome must be one of ${Object.values(InterviewOutcome).join(', ')}` })
  outcome?: InterviewOutcome;

  @OptionalText(5000)
  notes?: string;
}

/** Questions given replace the list; a question kept (same text) keeps its id, and its link to the bank. */
@InputType()
@UpdateOf(RealInterviewLog)
export class UpdateRealInterviewInput extends PartialType(LogRealInterviewInput) {}

@InputType()
export class PromoteRealInterviewQuestionInput extends PartialType(
  OmitType(CreateQuestionInput, ['questionSetId', 'type'] as const),
) {
  @Field(() => ID, { description: 'The logged question (RealInterviewQuestion.id).' })
  @IsUUID('all', { message: 'realInterviewQuestionId must be a logged question id' })
  realInterviewQuestionId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'questionSetId must be a question set id' })
  questionSetId: string;

  @Field(() => QuestionType)
  @IsEnum(QuestionType, { message: `type must be one of ${Object.values(QuestionType).join(', ')}` })
  type: QuestionType;
}

export enum RealInterviewSortField {
  INTERVIEWED_ON = 'INTERVIEWED_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(RealInterviewSortField, { name: 'RealInterviewSortField' });

@InputType()
export class RealInterviewFilter {
  @Field(() => InterviewStage, { nullable: true })
  @IsOptional()
  @IsEnum(InterviewStage)
  stage?: InterviewStage;

  @Field(() => InterviewOutcome, { nullable: true })
  @IsOptional()
  @IsEnum(InterviewOutcome)
  outcome?: InterviewOutcome;
}

@InputType()
export class RealInterviewListOptions extends ListOptionsOf(
  'RealInterview',
  RealInterviewSortField,
  RealInterviewSortField.INTERVIEWED_ON,
  RealInterviewFilter,
  SortOrder.DESC,
) {}
