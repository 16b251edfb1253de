import { Field, InputType, Int, ObjectType, ID } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Role } from '../common/role';
import { EmailField } from '../members/members.inputs';
import { OrganizationMembership } from '../members/members.types';

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

@InputType()
export class AcceptInvitationInput {
  @Field({ description: 'The token from the invitation link.' })
  @IsString()
  @MaxLength(200)
  token: string;

  @Field()
  @IsString()
  @MinLength(8, { message: 'password must be at least 8 characters long' })
  @MaxLength(200)
  @Matches(/\S/, { message: 'password must not be blank' })
  password: string;
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
}
