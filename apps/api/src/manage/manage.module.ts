import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { MembersModule } from '../members/members.module';
import { AuthModule } from '../auth/auth.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { ManageService } from './manage.service';

@Module({
  imports: [OrganizationsModule, MembersModule, AuthModule, RubricsModule],
  providers: [ManageService],
  exports: [ManageService],
})
export class ManageModule {}
