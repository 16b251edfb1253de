import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { TemplatesModule } from '../templates/templates.module';
import { QuestionBankModule } from '../question-bank/question-bank.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { ScoringModule } from '../scoring/scoring.module';
import { AnswersResolver, SessionQuestionsResolver, SessionsResolver } from './sessions.resolver';
import { SessionsService } from './sessions.service';
import { PracticeGenerator } from './practice-generator';

@Module({
  imports: [AssignmentsModule, TemplatesModule, QuestionBankModule, RubricsModule, ScoringModule],
  providers: [SessionsService, PracticeGenerator, SessionsResolver, SessionQuestionsResolver, AnswersResolver],
  exports: [SessionsService],
})
export class SessionsModule {}
