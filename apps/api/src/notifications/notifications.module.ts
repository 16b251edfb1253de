import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { ReadinessModule } from '../readiness/readiness.module';
import { SessionsModule } from '../sessions/sessions.module';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Module({
  imports: [MembersModule, CohortsModule, ReadinessModule, SessionsModule],
  providers: [NotificationsService, NotificationsResolver],
})
export class NotificationsModule {}
