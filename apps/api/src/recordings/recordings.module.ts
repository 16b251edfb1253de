import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig, IN_MEMORY } from '../config/config';
import { AuthModule } from '../auth/auth.module';
import { SessionsModule } from '../sessions/sessions.module';
import { AudioStorage } from './audio-storage';
import { DiskAudioStorage } from './disk-audio-storage';
import { S3AudioStorage } from './s3-audio-storage';
import { RecordingsController } from './recordings.controller';
import { AnswerRecordingsResolver, RecordingsResolver } from './recordings.resolver';
import { RecordingsService } from './recordings.service';
import { RecordingRetention } from './recordings.jobs';
import { RecordingTranscription } from './recording-transcription';
import { RecordingCommentsService } from './recording-comments.service';
import { AnswerCommentsResolver, RecordingCommentsResolver } from './recording-comments.resolver';
import { TranscriptionModule } from '../transcription/transcription.module';
import { ScoringModule } from '../scoring/scoring.module';

/**
 * S3-compatible storage when S3_BUCKET is set; else a folder under DATA_DIR, or a folder of this
 * process's own (removed at shutdown) when the database is in memory too.
 */
function audioStorage(config: AppConfig): AudioStorage {
  if (config.s3) return new S3AudioStorage(config.s3);
  if (config.dataDir === IN_MEMORY) return new DiskAudioStorage(mkdtempSync(join(tmpdir(), 'mockint-recordings-')));
  return new DiskAudioStorage(join(config.dataDir, 'recordings'));
}

@Module({
  imports: [AuthModule, SessionsModule, ScoringModule, TranscriptionModule],
  providers: [
    { provide: AudioStorage, inject: [APP_CONFIG], useFactory: audioStorage },
    RecordingsService,
    RecordingsResolver,
    AnswerRecordingsResolver,
    RecordingRetention,
    RecordingTranscription,
    RecordingCommentsService,
    RecordingCommentsResolver,
    AnswerCommentsResolver,
  ],
  controllers: [RecordingsController],
  exports: [RecordingsService],
})
export class RecordingsModule implements OnApplicationShutdown {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: AudioStorage,
  ) {}

  onApplicationShutdown(): void {
    if (this.storage instanceof S3AudioStorage) this.storage.close();
    if (this.storage instanceof DiskAudioStorage && this.config.dataDir === IN_MEMORY) {
      rmSync(this.storage.root, { recursive: true, force: true });
    }
  }
}
