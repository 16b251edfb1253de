import { Module } from '@nestjs/common';
import { ReadinessModule } from '../readiness/readiness.module';
import { MembersModule } from '../members/members.module';
import { CohortsResolver, MemberCohortsResolver } from './cohorts.resolver';
import { CohortsService } from './cohorts.service';

@Module({
  imports: [ReadinessModule, MembersModule],
  providers: [CohortsService, CohortsResolver, MemberCohortsResolver],
  exports: [CohortsService],
})
export class CohortsModule {}
