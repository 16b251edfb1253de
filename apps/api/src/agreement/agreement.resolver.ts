import { Args, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { AgreementFilter } from './agreement.inputs';
import { AgreementReport } from './agreement.types';
import { AgreementService } from './agreement.service';

@Resolver()
export class AgreementResolver {
  constructor(private readonly service: AgreementService) {}

  @Roles(...STAFF)
  @Query(() => AgreementReport, {
    description:
      "How far the AI's criterion scores agree with coaches' reviews, per criterion and source (ANALYZER, LLM): over the organization for admins, the cohorts they coach for coaches.",
  })
  aiAgreement(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => AgreementFilter, nullable: true }) filter?: AgreementFilter | null,
  ): Promise<AgreementReport> {
    return this.service.report(ctx, filter ?? undefined);
  }
}
