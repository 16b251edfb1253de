import { Module } from '@nestjs/common';
import { QuestionBankModule } from '../question-bank/question-bank.module';
import { CompaniesModule } from '../companies/companies.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { TemplateItemsResolver, TemplatesResolver } from './templates.resolver';
import { TemplatesService } from './templates.service';

@Module({
  imports: [QuestionBankModule, CompaniesModule, RubricsModule],
  providers: [TemplatesService, TemplatesResolver, TemplateItemsResolver],
  exports: [TemplatesService],
})
export class TemplatesModule {}
