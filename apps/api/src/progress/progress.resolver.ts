import { Args, GraphQLISODateTime, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { OptionalIdArg } from '../common/id-arg';
import { ANY_MEMBER } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { CandidateProgress } from './progress.types';
import { ProgressService } from './progress.service';

@Resolver()
export class ProgressResolver {
  constructor(private readonly service: ProgressService) {}

  @Roles(...ANY_MEMBER)
  @Query(() => CandidateProgress, {
    description:
      "A candidate's practice by ISO week (UTC) and what changed over the period (default: the 12 weeks before `to`, which defaults to now; at most 366 days). Candidates see their own (`membershipId` may be left out); coaches the candidates they coach; admins anyone.",
  })
  candidateProgress(
    @Ctx() ctx: RequestContext,
    @OptionalIdArg('membershipId', 'The candidate; default: the caller.') membershipId: string | undefined,
    @Args('from', { type: () => GraphQLISODateTime, nullable: true }) from?: Date | null,
    @Args('to', { type: () => GraphQLISODateTime, nullable: true }) to?: Date | null,
  ): Promise<CandidateProgress> {
    return this.service.candidateProgress(ctx, membershipId ?? ctx.membershipId, from, to);
  }
}
