import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { SearchText } from '../common/fields';
import { ListOptionsOf } from '../common/list';
import { UpdateOf } from '../common/update-input';
import { AssignmentStatus } from './assignment-candidate.entity';
import { Assignment } from './assignment.entity';

@InputType({ description: 'Give a cohortId (all its candidates) or candidateIds, or both.' })
export class CreateAssignmentInput {
  @Field(() => ID)
  @IsUUID()
  templateId: string;

  @Field({ nullable: true, description: "Defaults to the template's name." })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate({ message: 'dueAt must be a date-time' })
  dueAt?: Date;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'candidateIds must be member ids' })
  candidateIds?: string[];
}

@InputType()
@UpdateOf(Assignment)
export class UpdateAssignmentInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @Field(() => Date, { nullable: true, description: 'null clears the due date.' })
  @IsOptional()
  @IsDate({ message: 'dueAt must be a date-time' })
  dueAt?: Date | null;
}

export enum AssignmentSortField {
  DUE_AT = 'DUE_AT',
  CREATED_AT = 'CREATED_AT',
  TITLE = 'TITLE',
}
registerEnumType(AssignmentSortField, { name: 'AssignmentSortField' });

@InputType()
export class AssignmentFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  cohortId?: string;

  @Field(() => ID, { nullable: true, description: 'Assignments given to this candidate.' })
  @IsOptional()
  @IsUUID()
  candidateId?: string;

  @Field(() => AssignmentStatus, { nullable: true, description: 'Only with candidateId, or for the calling candidate.' })
  @IsOptional()
  @IsEnum(AssignmentStatus)
  status?: AssignmentStatus;

  @SearchText()
  search?: string;
}

@InputType()
export class AssignmentListOptions extends ListOptionsOf(
  'Assignment',
  AssignmentSortField,
  AssignmentSortField.DUE_AT,
  AssignmentFilter,
) {}
