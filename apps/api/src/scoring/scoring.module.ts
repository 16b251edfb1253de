import { Module } from '@nestjs/common';
import { ReadinessModule } from '../readiness/readiness.module';
import { APP_CONFIG, AppConfig } from '../config/config';
import { LlmPanel } from './llm-judge';
import { ScoringResolver } from './scoring.resolver';
import { ScoringService } from './scoring.service';
import { ScoringEvents } from './scoring-events';
import { AnswerEvaluator } from './answer-evaluator';
import { EvaluationResolver } from './evaluation.resolver';
import { RubricUsageResolver } from './rubric-usage.resolver';

@Module({
  imports: [ReadinessModule],
  providers: [
    ScoringService,
    AnswerEvaluator,
    ScoringEvents,
    ScoringResolver,
    EvaluationResolver,
    RubricUsageResolver,
    // Without OPENAI_* settings there is no judge and the analyzer scores.
    {
      provide: LlmPanel,
      useFactory: (config: AppConfig) => (config.llm ? new LlmPanel(config.llm) : undefined),
      inject: [APP_CONFIG],
    },
  ],
  exports: [ScoringService, ScoringEvents],
})
export class ScoringModule {}
