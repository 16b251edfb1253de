import { Field, InputType, PartialType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUrl, MaxLength } from 'class-validator';
import { RequiredText, OptionalText, SearchText } from '../common/fields';
import { ListOptionsOf } from '../common/list';
import { UpdateOf } from '../common/update-input';
import { Company } from './company.entity';

@InputType()
export class CreateCompanyInput {
  @RequiredText(200)
  name: string;

  @OptionalText(5000)
  description?: string;

  @OptionalText(5000)
  cultureNotes?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  techStack?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'] }, { message: 'website must be an http(s) URL' })
  @MaxLength(500)
  website?: string;
}

@InputType()
@UpdateOf(Company)
export class UpdateCompanyInput extends PartialType(CreateCompanyInput) {}

export enum CompanySortField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
}
registerEnumType(CompanySortField, { name: 'CompanySortField' });

@InputType()
export class CompanyFilter {
  @SearchText()
  search?: string;
}

@InputType()
export class CompanyListOptions extends ListOptionsOf('Company', CompanySortField, CompanySortField.NAME, CompanyFilter) {}
