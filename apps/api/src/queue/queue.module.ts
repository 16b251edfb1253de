import { Global, Module } from '@nestjs/common';
import { QueueBackend } from './queue-backend';

@Global()
@Module({ providers: [QueueBackend], exports: [QueueBackend] })
export class QueueModule {}
