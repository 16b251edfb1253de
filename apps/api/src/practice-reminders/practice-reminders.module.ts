import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { MembersModule } from '../members/members.module';
import { PracticeRemindersResolver } from './practice-reminders.resolver';
import { PracticeRemindersService } from './practice-reminders.service';
import { PracticeReminderMail } from './practice-reminders.jobs';

@Module({
  imports: [CohortsModule, MembersModule],
  providers: [PracticeRemindersService, PracticeRemindersResolver, PracticeReminderMail],
})
export class PracticeRemindersModule {}
