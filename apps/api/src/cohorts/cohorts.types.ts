import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ImportResult } from '../common/csv';
import { InvitationLink } from '../members/members.types';

@ObjectType({
  description:
    'created: people new to this organization (invited); existing: already members here (or already invited). Nothing says whether an e-mail has an account elsewhere.',
})
export class RosterImportResult extends ImportResult {
  @Field(() => Int, { description: 'Invitations e-mailed.' })
  emailed: number;

  @Field(() => [InvitationLink], {
    description: 'Links to hand over to the invited people, when they could not be e-mailed (no mail server).',
  })
  invitationLinks: InvitationLink[];
}
