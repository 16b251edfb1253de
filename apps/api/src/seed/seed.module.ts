import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { MembersModule } from '../members/members.module';
import { CohortsModule } from '../cohorts/cohorts.module';
import { CompaniesModule } from '../companies/companies.module';
import { QuestionBankModule } from '../question-bank/question-bank.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { TemplatesModule } from '../templates/templates.module';
import { AssignmentsModule } from '../assignments/assignments.module';
import { SeedService } from './seed.service';

@Module({
  imports: [
    OrganizationsModule,
    MembersModule,
    CohortsModule,
    CompaniesModule,
    QuestionBankModule,
    RubricsModule,
    TemplatesModule,
    AssignmentsModule,
  ],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
