import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Evaluation } from './evaluation.entity';
import { analysisOf, EvaluationAnalysis } from './evaluation-metrics.types';

/** Fields computed from what an evaluation row already holds: no query. */
@Resolver(() => Evaluation)
export class EvaluationResolver {
  @ResolveField(() => EvaluationAnalysis, {
    description:
      "The analyzer's metrics: words, pace, thinking time, fillers, STAR parts, numbers, ownership, hedging, talking points.",
  })
  analysis(@Parent() evaluation: Evaluation): EvaluationAnalysis {
    return analysisOf(evaluation.metrics);
  }
}
