import { Module } from '@nestjs/common';
import { CompaniesModule } from '../companies/companies.module';
import { QuestionBankService } from './question-bank.service';
import { QuestionSetsResolver, QuestionsResolver } from './question-bank.resolver';

@Module({
  imports: [CompaniesModule],
  providers: [QuestionBankService, QuestionSetsResolver, QuestionsResolver],
  exports: [QuestionBankService],
})
export class QuestionBankModule {}
