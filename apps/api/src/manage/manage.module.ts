import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { MembersModule } from '../members/members.module';
import { AuthModule } from '../auth/auth.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { ManageService } from './manage.service';
import { ReadinessModule } from '../readiness/readiness.module';

@Module({
  imports: [OrganizationsModule, MembersModule, AuthModule, RubricsModule, ReadinessModule],
  providers: [ManageService],
  exports: [ManageService],
})
export class ManageModule {}
