import { Module } from '@nestjs/common';
import { ReadinessModule } from '../readiness/readiness.module';
import { MailService } from '../mail/mail.service';
import { InvitationFieldsResolver, MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [ReadinessModule],
  providers: [MembersService, InvitationsService, MembersResolver, InvitationFieldsResolver, MailService],
  exports: [MembersService, InvitationsService, MailService],
})
export class MembersModule {}
