import { Module } from '@nestjs/common';
import { RealInterviewsModule } from '../real-interviews/real-interviews.module';
import { ReadinessModule } from '../readiness/readiness.module';
import { AssignmentsModule } from '../assignments/assignments.module';
import { TemplatesModule } from '../templates/templates.module';
import { QuestionBankModule } from '../question-bank/question-bank.module';
import { RubricsModule } from '../rubrics/rubrics.module';
import { ScoringModule } from '../scoring/scoring.module';
import { AccommodationsModule } from '../accommodations/accommodations.module';
import { AnswersResolver, AssignmentSittingsResolver, SessionQuestionsResolver, SessionsResolver } from './sessions.resolver';
import { SittingAllowance } from './sitting-allowance';
import { SessionsService } from './sessions.service';
import { PracticeGenerator } from './practice-generator';

@Module({
  imports: [
    ReadinessModule,
    AssignmentsModule,
    TemplatesModule,
    QuestionBankModule,
    RubricsModule,
    ScoringModule,
    AccommodationsModule,
    RealInterviewsModule,
  ],
  providers: [
    SessionsService,
    PracticeGenerator,
    SittingAllowance,
    SessionsResolver,
    SessionQuestionsResolver,
    AnswersResolver,
    AssignmentSittingsResolver,
  ],
  exports: [SessionsService],
})
export class SessionsModule {}
