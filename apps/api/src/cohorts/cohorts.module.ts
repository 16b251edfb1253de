import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { CohortsResolver } from './cohorts.resolver';
import { CohortsService } from './cohorts.service';

@Module({ imports: [MembersModule], providers: [CohortsService, CohortsResolver], exports: [CohortsService] })
export class CohortsModule {}
