import { Module } from '@nestjs/common';
import { ReadinessModule } from '../readiness/readiness.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { MembersModule } from '../members/members.module';
import { TemplatesModule } from '../templates/templates.module';
import { AssignmentCandidatesResolver, AssignmentsResolver } from './assignments.resolver';
import { AssignmentsService } from './assignments.service';

@Module({
  imports: [ReadinessModule, CohortsModule, MembersModule, TemplatesModule],
  providers: [AssignmentsService, AssignmentsResolver, AssignmentCandidatesResolver],
  exports: [AssignmentsService],
})
export class AssignmentsModule {}
