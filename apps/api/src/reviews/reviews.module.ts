import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { ActionItemsModule } from '../action-items/action-items.module';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

@Module({ imports: [SessionsModule, ActionItemsModule], providers: [ReviewsService, ReviewsResolver] })
export class ReviewsModule {}
