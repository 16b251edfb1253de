import { Field, ID, InputType, Int, PartialType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { RequiredText, OptionalText, SearchText, StringList, compose } from '../common/fields';
import { ListOptionsOf } from '../common/list';
import { UpdateOf } from '../common/update-input';
import { CohortRole } from './cohort-member.entity';
import { Cohort } from './cohort.entity';

/** A readiness level's lower bound, 1..100. */
const Threshold = (): PropertyDecorator =>
  compose(
    Field(() => Int, { nullable: true }),
    IsOptional(),
    IsInt(),
    Min(1),
    Max(100),
  );

@InputType()
export class CreateCohortInput {
  @RequiredText(200)
  name: string;

  @OptionalText(5000)
  description?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startsOn must be a date like 2026-09-01' })
  startsOn?: string;

  @Field({ nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endsOn must be a date like 2026-12-15' })
  endsOn?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  readinessTarget?: number;

  @StringList(50, 100)
  requiredCompetencies?: string[];

  @Threshold()
  developingThreshold?: number;

  @Threshold()
  readyThreshold?: number;

  @Threshold()
  interviewReadyThreshold?: number;
}

@InputType()
@UpdateOf(Cohort)
export class UpdateCohortInput extends PartialType(CreateCohortInput) {}

@InputType()
export class CohortMembersInput {
  @Field(() => [ID])
  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'memberIds must be member ids' })
  memberIds: string[];

  @Field(() => CohortRole, { defaultValue: CohortRole.CANDIDATE })
  @IsEnum(CohortRole)
  role: CohortRole = CohortRole.CANDIDATE;
}

export enum CohortSortField {
  NAME = 'NAME',
  STARTS_ON = 'STARTS_ON',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(CohortSortField, { name: 'CohortSortField' });

@InputType()
export class CohortFilter {
  @SearchText()
  search?: string;

  @Field({ defaultValue: false, description: 'Archived cohorts instead of current ones.' })
  @IsOptional()
  @IsBoolean()
  archived: boolean = false;
}

@InputType()
export class CohortListOptions extends ListOptionsOf('Cohort', CohortSortField, CohortSortField.NAME, CohortFilter) {}
