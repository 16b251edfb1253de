import { Module } from '@nestjs/common';
import { ReadinessService } from './readiness.service';
import { CohortReadinessService } from './cohort-readiness.service';
import {
  CandidateReadinessResolver,
  CohortReadinessResolver,
  MemberReadinessResolver,
  ReadinessSettingsResolver,
} from './readiness.resolver';
import { ReadinessSettingsService } from './readiness-settings.service';
import { ReadinessExportController } from './readiness-export.controller';

/** Stored readiness and its reads. Depends on no other feature's module: they all refresh it. */
@Module({
  providers: [
    ReadinessService,
    CohortReadinessService,
    ReadinessSettingsService,
    CohortReadinessResolver,
    CandidateReadinessResolver,
    MemberReadinessResolver,
    ReadinessSettingsResolver,
  ],
  controllers: [ReadinessExportController],
  exports: [ReadinessService, CohortReadinessService],
})
export class ReadinessModule {}
