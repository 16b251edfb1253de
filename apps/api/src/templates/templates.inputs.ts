import { Field, ID, InputType, Int, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { RequiredText, OptionalText, SearchText } from '../common/fields';
import { ListOptionsOf, Nested } from '../common/list';
import { QuestionFilter } from '../question-bank/question-bank.inputs';
import { UpdateOf } from '../common/update-input';
import {
  InterviewMode,
  InterviewTemplate,
  MAX_FOLLOW_UPS,
  MAX_WAITING_ROOM_SECONDS,
  THINKING_SECONDS,
} from './interview-template.entity';

@InputType({ description: 'Draw `count` random questions matching every filter given, when a session starts.' })
export class DrawRuleInput extends OmitType(QuestionFilter, ['search'] as const) {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(20)
  count: number;
}

@InputType({ description: 'Either a fixed question (questionId) or a draw rule.' })
export class TemplateItemInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  questionId?: string;

  @Field(() => DrawRuleInput, { nullable: true })
  @Nested(() => DrawRuleInput)
  draw?: DrawRuleInput;

  @Field(() => Int, { nullable: true, description: "Overrides the question's time limit (seconds)." })
  @IsOptional()
  @IsInt()
  @Min(10)
  @Max(7200)
  timeLimitSeconds?: number;
}

@InputType()
export class CreateTemplateInput {
  @RequiredText(200)
  name: string;

  @OptionalText(5000)
  description?: string;

  @Field(() => InterviewMode)
  @IsEnum(InterviewMode)
  mode: InterviewMode;

  @Field(() => ID, { nullable: true, description: "Defaults to the organization's default rubric." })
  @IsOptional()
  @IsUUID()
  rubricId?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_FOLLOW_UPS)
  followUpCount?: number;

  @Field(() => Int, {
    nullable: true,
    description: `Seconds a candidate may think before answering (${THINKING_SECONDS.min}..${THINKING_SECONDS.max}); null: no limit.`,
  })
  @IsOptional()
  @IsInt()
  @Min(THINKING_SECONDS.min)
  @Max(THINKING_SECONDS.max)
  thinkingSeconds?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Seconds of waiting room before a realistic sitting's first question (0..${MAX_WAITING_ROOM_SECONDS}); null or 0: none.`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_WAITING_ROOM_SECONDS)
  waitingRoomSeconds?: number | null;

  @Field(() => [TemplateItemInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'a template needs at least one question' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => TemplateItemInput)
  items: TemplateItemInput[];
}

@InputType({ description: 'Items, when given, replace all the items.' })
@UpdateOf(InterviewTemplate)
export class UpdateTemplateInput extends PartialType(CreateTemplateInput) {}

export enum TemplateSortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(TemplateSortField, { name: 'TemplateSortField' });

@InputType()
export class TemplateFilter {
  @SearchText()
  search?: string;

  @Field(() => InterviewMode, { nullable: true })
  @IsOptional()
  @IsEnum(InterviewMode)
  mode?: InterviewMode;

  @Field({ nullable: true, description: 'Only templates the caller created.' })
  @IsOptional()
  mine?: boolean;
}

@InputType()
export class TemplateListOptions extends ListOptionsOf('Template', TemplateSortField, TemplateSortField.NAME, TemplateFilter) {}
