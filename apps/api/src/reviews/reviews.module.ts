import { Module } from '@nestjs/common';
import { ReadinessModule } from '../readiness/readiness.module';
import { SessionsModule } from '../sessions/sessions.module';
import { ActionItemsModule } from '../action-items/action-items.module';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

@Module({
  imports: [ReadinessModule, SessionsModule, ActionItemsModule],
  providers: [ReviewsService, ReviewsResolver],
  exports: [ReviewsService],
})
export class ReviewsModule {}
