import { Module } from '@nestjs/common';
import { ReadinessModule } from '../readiness/readiness.module';
import { MembersModule } from '../members/members.module';
import { CohortsResolver } from './cohorts.resolver';
import { CohortsService } from './cohorts.service';

@Module({ imports: [ReadinessModule, MembersModule], providers: [CohortsService, CohortsResolver], exports: [CohortsService] })
export class CohortsModule {}
