import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Role } from '../common/role';
import { MemberStatus } from './membership.entity';
import { compose, RequiredText, SearchText } from '../common/fields';
import { ListOptionsOf } from '../common/list';

/** E-mails are stored trimmed and lower-cased, so the unique key is case-insensitive. */
export const normalizedEmail = (email: string): string => email.trim().toLowerCase();

const normalizeEmail = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? normalizedEmail(value) : value);

/** An e-mail field: trimmed, lower-cased, validated. */
export const EmailField = (): PropertyDecorator =>
  compose(Field(), Transform(normalizeEmail), IsEmail({}, { message: 'email must be a valid e-mail address' }), MaxLength(254));

@InputType()
export class InviteMemberInput {
  @EmailField()
  email: string;

  @RequiredText(200)
  name: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;
}

export enum MemberSortField {
  NAME = 'NAME',
  EMAIL = 'EMAIL',
  CREATED_AT = 'CREATED_AT',
  /** When last signed in; people the caller does not manage (and those never active) come last. */
  LAST_ACTIVE = 'LAST_ACTIVE',
  /** Lowest readiness over the cohorts the caller manages; people without one come last. */
  READINESS = 'READINESS',
}
registerEnumType(MemberSortField, { name: 'MemberSortField' });

@InputType()
export class MemberFilter {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => MemberStatus, { nullable: true })
  @IsOptional()
  @IsEnum(MemberStatus)
  status?: MemberStatus;

  @SearchText('Matches name or e-mail.')
  search?: string;

  @Field(() => ID, { nullable: true, description: 'Only members of this cohort.' })
  @IsOptional()
  @IsUUID()
  cohortId?: string;
}

@InputType()
export class MemberListOptions extends ListOptionsOf('Member', MemberSortField, MemberSortField.NAME, MemberFilter) {}
