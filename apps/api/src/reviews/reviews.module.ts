import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

@Module({ imports: [SessionsModule], providers: [ReviewsService, ReviewsResolver] })
export class ReviewsModule {}
