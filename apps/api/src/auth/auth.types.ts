import { Field, InputType, Int, ObjectType, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Role } from '../common/role';
import { compose } from '../common/fields';
import { EmailField } from '../members/members.inputs';
import { OrganizationMembership, PendingInvitation } from '../members/members.types';

@InputType()
export class SignInInput {
  @EmailField()
  email: string;

  @Field()
  @IsString()
  @MaxLength(200)
  password: string;

  @Field(() => ID, { nullable: true, description: 'Organization to act in; defaults to the first one joined.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;
}

@InputType()
export class RefreshTokenInput {
  @Field({ nullable: true, description: 'For API clients; the web apps leave it out and send the refresh cookie.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  refreshToken?: string;
}

/** A password someone chooses: at least 8 characters, not blank. */
const NewPassword = (description?: string): PropertyDecorator =>
  compose(
    Field({ description }),
    IsString(),
    MinLength(8, { message: '$property must be at least 8 characters long' }),
    MaxLength(200),
    Matches(/\S/, { message: '$property must not be blank' }),
  );

/** A one-time token from a link (invitation, password reset). */
const LinkToken = (): PropertyDecorator =>
  compose(Field({ description: 'The token from the link.' }), IsString(), MaxLength(200));

@InputType()
export class AcceptInvitationInput {
  @LinkToken()
  token: string;

  @NewPassword('A new password for a new account (see invitationInfo.choosePassword), else the current password of the account.')
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @NewPassword()
  newPassword: string;
}

@InputType()
export class RequestPasswordResetInput {
  @EmailField()
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @LinkToken()
  token: string;

  @NewPassword()
  newPassword: string;
}

@ObjectType()
export class IssuedPasswordReset {
  @Field({ description: 'Whether the link was e-mailed to the person.' })
  emailed: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The one-time link when no mail server is configured: it works only while the account belongs to this organization alone.',
  })
  resetUrl: string | null;
}

@ObjectType()
export class PasswordResetDone {
  @Field({ description: 'The account whose password was set: sign in with it.' })
  email: string;
}

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Bearer token for the Authorization header.' })
  accessToken: string;

  @Field(() => Int, { description: 'Seconds until the access token expires.' })
  expiresIn: number;

  @Field({
    description: 'One-time token for refreshToken; rotated on every use. Also set as an httpOnly cookie for the web apps.',
  })
  refreshToken: string;

  @Field(() => ID)
  organizationId: string;

  @Field(() => Role)
  role: Role;
}

@ObjectType()
export class Me {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  name: string;

  @Field(() => ID, { description: 'Member id in the current organization.' })
  memberId: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ID)
  organizationId: string;

  @Field(() => [OrganizationMembership], { description: 'Every organization this person can switch to.' })
  organizations: OrganizationMembership[];

  @Field(() => [PendingInvitation], { description: 'Invitations waiting for this person, from any organization.' })
  invitations: PendingInvitation[];
}
