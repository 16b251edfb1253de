import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { MembersModule } from '../members/members.module';
import { AccommodationsResolver, MemberAccommodationResolver } from './accommodations.resolver';
import { AccommodationsService } from './accommodations.service';

@Module({
  imports: [CohortsModule, MembersModule],
  providers: [AccommodationsService, AccommodationsResolver, MemberAccommodationResolver],
  exports: [AccommodationsService],
})
export class AccommodationsModule {}
