import { Module } from '@nestjs/common';
import { MailService } from '../mail/mail.service';
import { InvitationFieldsResolver, MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { InvitationsService } from './invitations.service';

@Module({
  providers: [MembersService, InvitationsService, MembersResolver, InvitationFieldsResolver, MailService],
  exports: [MembersService, InvitationsService, MailService],
})
export class MembersModule {}
