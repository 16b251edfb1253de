import { Module } from '@nestjs/common';
import { CohortsModule } from '../cohorts/cohorts.module';
import { SessionsModule } from '../sessions/sessions.module';
import { ActionItemsResolver, MemberActionItemsResolver } from './action-items.resolver';
import { ActionItemsService } from './action-items.service';

@Module({
  imports: [CohortsModule, SessionsModule],
  providers: [ActionItemsService, ActionItemsResolver, MemberActionItemsResolver],
  exports: [ActionItemsService],
})
export class ActionItemsModule {}
