import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx } from '../common/decorators';
import type { RequestContext } from '../common/request-context';
import { RubricVersion } from '../rubrics/rubric-version.entity';
import { Evaluation } from './evaluation.entity';

/** Whether a rubric version has scored anything: scoring owns the evaluations that say so. */
@Resolver(() => RubricVersion)
export class RubricUsageResolver {
  @ResolveField(() => Boolean, {
    description: 'An answer was scored against this version: editors show it read-only (a change makes a new version).',
  })
  async used(@Ctx() ctx: RequestContext, @Parent() version: RubricVersion): Promise<boolean> {
    return (await ctx.loaders.countBy(Evaluation, 'rubricVersionId').load(version.id)) > 0;
  }
}
