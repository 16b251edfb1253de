import { Module } from '@nestjs/common';
import { Transcriber } from './transcriber';

/** Speech to text for spoken answers; disabled (but present) without TRANSCRIBE_BASE_URL. */
@Module({
  providers: [Transcriber],
  exports: [Transcriber],
})
export class TranscriptionModule {}
