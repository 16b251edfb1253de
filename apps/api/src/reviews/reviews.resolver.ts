import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../common/decorators';
import { IdArg } from '../common/id-arg';
import { STAFF } from '../common/role';
import type { RequestContext } from '../common/request-context';
import { Evaluation } from '../scoring/evaluation.entity';
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
}
