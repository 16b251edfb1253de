import { RequiredText, OptionalText } from '../common/fields';
import { Field, Float, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Type } from 'class-transformer';
import { UpdateOf } from '../common/update-input';
import { Rubric } from './rubric.entity';

@InputType()
export class RubricCriterionInput {
  @Field({ nullable: true, description: 'Stable key (a-z, 0-9, _); derived from the name when omitted.' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9_]{0,49}$/, { message: 'key must be lower-case letters, digits or _, starting with a letter' })
  key?: string;

  @RequiredText(100)
  name: string;

  @OptionalText(1000)
  description?: string;

  @Field(() => Float)
  @IsNumber({}, { message: 'weight must be a number' })
  @Min(0.01)
  @Max(100)
  weight: number;

  @Field(() => [String], { description: 'Exactly five descriptors, for levels 1 to 5.' })
  @IsArray()
  @ArrayMinSize(5, { message: 'levels must describe each of the five levels' })
  @ArrayMaxSize(5, { message: 'levels must describe each of the five levels' })
  @IsString({ each: true })
  @MaxLength(500, { each: true })
  levels: string[];
}

@InputType()
export class CreateRubricInput {
  @RequiredText(200)
  name: string;

  @OptionalText(5000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;

  @Field(() => [RubricCriterionInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'a rubric needs at least one criterion' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  criteria: RubricCriterionInput[];
}

@InputType({ description: 'Changing criteria adds a new version; earlier versions stay as they were.' })
@UpdateOf(Rubric)
export class UpdateRubricInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;

  @OptionalText(5000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;

  @Field(() => [RubricCriterionInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'a rubric needs at least one criterion' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RubricCriterionInput)
  criteria?: RubricCriterionInput[];
}
