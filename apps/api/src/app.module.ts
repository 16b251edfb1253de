import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { AppConfig } from './config/config';
import { ConfigModule } from './config/config.module';
import { Database } from './database/data-source';
import { DatabaseModule } from './database/database.module';
import { QueueModule } from './queue/queue.module';
import { graphqlOptions } from './graphql/graphql.options';
import { SubscriptionServer } from './graphql/subscription-server';
import { HealthController } from './health/health.controller';
import { AuthModule } from './auth/auth.module';
import { MembersModule } from './members/members.module';
import { OrganizationsModule } from './organizations/organizations.module';
import { CohortsModule } from './cohorts/cohorts.module';
import { CompaniesModule } from './companies/companies.module';
import { QuestionBankModule } from './question-bank/question-bank.module';
import { RubricsModule } from './rubrics/rubrics.module';
import { TemplatesModule } from './templates/templates.module';
import { AssignmentsModule } from './assignments/assignments.module';
import { SeedModule } from './seed/seed.module';
import { SessionsModule } from './sessions/sessions.module';
import { ScoringModule } from './scoring/scoring.module';
import { ReviewsModule } from './reviews/reviews.module';
import { ManageModule } from './manage/manage.module';
import { PrivacyModule } from './privacy/privacy.module';
import { OperatorSocket } from './manage/operator-socket';
import { AccommodationsModule } from './accommodations/accommodations.module';
import { ProgressModule } from './progress/progress.module';
import { AgreementModule } from './agreement/agreement.module';
import { ActionItemsModule } from './action-items/action-items.module';
import { RealInterviewsModule } from './real-interviews/real-interviews.module';
import { NotificationsModule } from './notifications/notifications.module';
import { PracticeRemindersModule } from './practice-reminders/practice-reminders.module';
import { RecordingsModule } from './recordings/recordings.module';
import { TranscriptionModule } from './transcription/transcription.module';

/** Modules shared by the HTTP API and the worker; `work`: this process runs queued jobs. */
export function coreModules(config: AppConfig, database: Database, work: boolean) {
  return [ConfigModule.forRoot(config), DatabaseModule.forRoot(database), QueueModule.forRoot(config, { work })];
}

/** Feature modules: each owns its tables, GraphQL types and rules. */
const FEATURES = [
  AuthModule,
  MembersModule,
  OrganizationsModule,
  CohortsModule,
  CompaniesModule,
  QuestionBankModule,
  RubricsModule,
  TemplatesModule,
  AssignmentsModule,
  SessionsModule,
  ScoringModule,
  ReviewsModule,
  AccommodationsModule,
  ActionItemsModule,
  RealInterviewsModule,
  NotificationsModule,
  PracticeRemindersModule,
  RecordingsModule,
  TranscriptionModule,
  SeedModule,
  ManageModule,
  PrivacyModule,
  ProgressModule,
  AgreementModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: Database, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...coreModules(config, database, config.jobsInApi),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          ...graphqlOptions(config, logger),
          // Nest's default context holds only the request; the auth resolvers also set cookies on the reply.
          context: (req: FastifyRequest, reply: FastifyReply) => ({ req, reply }),
        }),
        ...FEATURES,
      ],
      controllers: [HealthController],
      providers: [SubscriptionServer, OperatorSocket],
    };
  }
}
