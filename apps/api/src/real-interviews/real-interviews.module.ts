import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { CompaniesModule } from '../companies/companies.module';
import { QuestionBankModule } from '../question-bank/question-bank.module';
import { QuestionSourceResolver, RealInterviewQuestionsResolver, RealInterviewsResolver } from './real-interviews.resolver';
import { RealInterviewsService } from './real-interviews.service';

@Module({
  imports: [CohortsModule, CompaniesModule, QuestionBankModule],
  providers: [RealInterviewsService, RealInterviewsResolver, RealInterviewQuestionsResolver, QuestionSourceResolver],
  exports: [RealInterviewsService],
})
export class RealInterviewsModule {}
