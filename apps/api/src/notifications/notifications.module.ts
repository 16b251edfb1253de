import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ReadinessModule } from '../readiness/readiness.module';
import { SessionsModule } from '../sessions/sessions.module';
import { AssignmentsModule } from '../assignments/assignments.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { CandidateNotificationsService } from './candidate-notifications.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [MembersModule, CohortsModule, ReadinessModule, SessionsModule, AssignmentsModule, ReviewsModule],
  providers: [NotificationsService, CandidateNotificationsService, NotificationsResolver],
})
export class NotificationsModule {}
