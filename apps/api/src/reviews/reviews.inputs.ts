import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { OptionalText, RequiredText } from '../common/fields';

@InputType()
export class CriterionOverrideInput {
  @RequiredText(50, 'The criterion key, as in the evaluation.')
  key: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(5)
  score: number;

  @OptionalText(1000)
  note?: string;
}

@InputType()
export class ReviewEvaluationInput {
  @Field(() => [CriterionOverrideInput], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CriterionOverrideInput)
  overrides: CriterionOverrideInput[] = [];

  @OptionalText(5000)
  comment?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  actionItems?: string[];
}
