import { Mutation, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { Role } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { PrivacyService } from './privacy.service';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      "Deletes a candidate's data from this organization (sittings, answers, evaluations, reviews, the LLM judge's records of their answers, their membership); the account itself only when no other organization has it. Download it first: GET /exports/members/<id>.json.",
  })
  deleteCandidateData(@Ctx() ctx: RequestContext, @IdArg('memberId') memberId: string) {
    return this.privacy.deleteCandidateData(ctx, memberId);
  }
}
