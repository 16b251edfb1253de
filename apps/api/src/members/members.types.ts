import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/role';
import { ListOf } from '../common/list';
import { Membership } from './membership.entity';
import { Invitation } from './invitation.entity';

@ObjectType()
export class MemberList extends ListOf(Membership) {}

@ObjectType()
export class InvitePayload {
  @Field(() => Membership)
  member: Membership;

  @Field(() => Invitation, { nullable: true, description: 'Null when the person already has an account.' })
  invitation: Invitation | null;

  @Field(() => String, {
    nullable: true,
    description: 'The one-time link, returned only when no SMTP server is configured to send it.',
  })
  invitationUrl: string | null;

  @Field({ description: 'Whether the link was e-mailed.' })
  emailed: boolean;
}

@ObjectType()
export class OrganizationMembership {
  @Field(() => ID)
  organizationId: string;

  @Field()
  organizationName: string;

  @Field(() => Role)
  role: Role;
}
