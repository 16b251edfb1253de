import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../common/role';
import { ListOf } from '../common/list';
import { Membership } from './membership.entity';
import { Invitation } from './invitation.entity';

@ObjectType()
export class MemberList extends ListOf(Membership) {}

@ObjectType({ description: 'The same answer whoever the e-mail belongs to.' })
export class InvitePayload {
  @Field(() => Membership, { description: 'The pending member.' })
  member: Membership;

  @Field(() => Invitation)
  invitation: Invitation;

  @Field(() => String, {
    nullable: true,
    description: 'The one-time link, returned only when it could not be e-mailed (no SMTP server configured).',
  })
  invitationUrl: string | null;

  @Field({ description: 'Whether the link was e-mailed.' })
  emailed: boolean;
}

@ObjectType({ description: 'A link to hand over to an invited person (when it could not be e-mailed).' })
export class InvitationLink {
  @Field()
  email: string;

  @Field()
  name: string;

  @Field()
  url: string;
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

@ObjectType({ description: 'An invitation waiting for the signed-in person, from any organization.' })
export class PendingInvitation extends OrganizationMembership {
  @Field(() => ID)
  id: string;

  @Field()
  expiresAt: Date;

  @Field()
  invitedAt: Date;
}

@ObjectType({ description: 'What an invitation link offers, for the page that opens it.' })
export class InvitationInfo {
  @Field()
  organizationName: string;

  @Field()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field()
  expiresAt: Date;

  @Field({
    description: 'True: the link sets the password of a new account. False: the person signs in with their password to accept.',
  })
  choosePassword: boolean;
}
