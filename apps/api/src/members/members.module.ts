import { Module } from '@nestjs/common';
import { MailService } from '../mail/mail.service';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';

@Module({
  providers: [MembersService, MembersResolver, MailService],
  exports: [MembersService],
})
export class MembersModule {}
