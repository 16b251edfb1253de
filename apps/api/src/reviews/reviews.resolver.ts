import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Evaluation } from '../scoring/evaluation.entity';
import { RubricCriterion, RubricVersion } from '../rubrics/rubric-version.entity';
import { EvaluationReview } from './evaluation-review.entity';
import { ReviewsService } from './reviews.service';
import { ReviewEvaluationInput } from './reviews.inputs';

@Resolver(() => Evaluation)
export class ReviewsResolver {
  constructor(private readonly service: ReviewsService) {}

  @Roles(...STAFF)
  @Mutation(() => EvaluationReview, {
    description: "A coach's scores, comment and action items beside the AI's; the original stays.",
  })
  reviewEvaluation(
    @Ctx() ctx: RequestContext,
    @IdArg('evaluationId') evaluationId: string,
    @Args('input') input: ReviewEvaluationInput,
  ) {
    return this.service.review(ctx, evaluationId, input);
  }

  @ResolveField(() => [EvaluationReview], { description: 'Coach reviews, newest first.' })
  reviews(@Ctx() ctx: RequestContext, @Parent() evaluation: Evaluation) {
    return ctx.loaders.manyBy(EvaluationReview, 'evaluationId', { createdAt: 'DESC' }).load(evaluation.id);
  }

  @ResolveField(() => [RubricCriterion], {
    description:
      'The criteria of the rubric version the answer was scored against: what a coach scores (every one when the AI withheld its score).',
  })
  async rubricCriteria(@Ctx() ctx: RequestContext, @Parent() evaluation: Evaluation): Promise<RubricCriterion[]> {
    return (await ctx.loaders.byId(RubricVersion).load(evaluation.rubricVersionId))?.criteria ?? [];
  }
}
