import { Module } from '@nestjs/common';
import { MembersModule } from '../members/members.module';
import { ScoringModule } from '../scoring/scoring.module';
import { RecordingsModule } from '../recordings/recordings.module';
import { ExportsController } from './exports.controller';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

@Module({
  imports: [MembersModule, ScoringModule, RecordingsModule],
  providers: [PrivacyService, PrivacyResolver],
  controllers: [ExportsController],
})
export class PrivacyModule {}
