import { extname } from 'node:path';
import { Injectable, Logger } from '@nestjs/common';
import { Db } from '../database/db.service';
import { JobQueue, JobRun } from '../queue/job-queue';
import { Sweeps } from '../queue/sweeps';
import { AnswerStatus } from '../sessions/answer.entity';
import { Transcriber } from '../transcription/transcriber';
import { TranscriptionError } from '../transcription/transcription.errors';
import type { Transcript } from '../transcription/transcript';
import { AudioStorage } from './audio-storage';
import { Recording } from './recording.entity';
import { TranscriptStatus } from './recording-transcript.types';
import { awaitsTranscript } from './awaits-transcript';
import { ScoringService } from '../scoring/scoring.service';

export const TRANSCRIBE_RECORDING = 'transcribe-recording';

/** Ids only: the handler reads the rest. */
export interface TranscribeRecordingJob {
  organizationId: string;
  recordingId: string;
}

/** Tries of a transcription the server could not do yet (slow, down, rate limiting): about a minute in all. */
const ATTEMPTS = 6;
const BACKOFF_MS = 2000;
/** How often transcriptions whose job was lost (the queue was down when the part ended) are queued again. */
const SWEEP_MS = 5 * 60_000;
/** A part pending for this long without being done has lost its job. */
const LOST_AFTER = `interval '3 minutes'`;

/**
 * Transcribes each finished part of a spoken answer on the school's own transcription server, as a
 * queued job with retries. Its text is added to the answer's draft, which the candidate then corrects;
 * the timings stay with the part for delivery metrics and playback.
 */
@Injectable()
export class RecordingTranscription {
  private readonly logger = new Logger(RecordingTranscription.name);

  constructor(
    private readonly db: Db,
    private readonly storage: AudioStorage,
    private readonly transcriber: Transcriber,
    private readonly queue: JobQueue,
    private readonly scoring: ScoringService,
    sweeps: Sweeps,
  ) {
    queue.handle<TranscribeRecordingJob>(TRANSCRIBE_RECORDING, (job, run) => this.transcribe(job, run));
    if (transcriber.enabled) sweeps.every('transcription', SWEEP_MS, () => this.sweep());
  }

  /** The status a part gets when it ends: to be transcribed, or typed by the candidate without a server. */
  get statusOfFinished(): TranscriptStatus {
    return this.transcriber.enabled ? TranscriptStatus.PENDING : TranscriptStatus.NONE;
  }

  /** After the part's commit. With the queue down the part stays pending and the sweep queues it. */
  async later(organizationId: string, recordingId: string): Promise<void> {
    await this.queue
      .add<TranscribeRecordingJob>(
        TRANSCRIBE_RECORDING,
        { organizationId, recordingId },
        { jobId: `transcribe-${recordingId}`, attempts: ATTEMPTS, backoffMs: BACKOFF_MS },
      )
      .catch((error: Error) => this.logger.warn(`Recording ${recordingId} waits for transcription: ${error.message}`));
  }

  async sweep(): Promise<void> {
    const lost = await this.db.dataSource.query<{ organization_id: string; id: string }[]>(
      `SELECT organization_id, id FROM recordings
       WHERE transcript_status = '${TranscriptStatus.PENDING}' AND completed_at < now() - ${LOST_AFTER} LIMIT 1000`,
    );
    for (const { organization_id, id } of lost) await this.later(organization_id, id);
  }

  private async transcribe(job: TranscribeRecordingJob, run: JobRun): Promise<void> {
    const ctx = { organizationId: job.organizationId };
    const recording = await this.db.scoped(ctx, Recording).findOne({ where: { id: job.recordingId } });
    if (recording?.transcriptStatus !== TranscriptStatus.PENDING) return;
    try {
      if (recording.audioDeletedAt) throw new TranscriptionError('The recording was deleted before it was transcribed', false);
      const data = await this.storage.read(recording.storageKey);
      const transcript = await this.transcriber.transcribe([
        {
          data,
          fileName: `part-${recording.part}${extname(recording.storageKey)}`,
          mimeType: recording.mimeType.split(';')[0].trim(),
        },
      ]);
      await this.store(ctx, recording.id, transcript);
    } catch (error) {
      // Storage errors are worth another try too; a permanent failure, or the last try, settles it.
      const retryable = !(error instanceof TranscriptionError) || error.retryable;
      if (retryable && !run.isLastAttempt) throw error;
      await this.db.sql(
        ctx,
        `UPDATE recordings SET transcript_status = '${TranscriptStatus.FAILED}', transcript_error = $3
         WHERE organization_id = $1 AND id = $2 AND transcript_status = '${TranscriptStatus.PENDING}'`,
        [recording.id, `${(error as Error).message}. Type what you said instead.`],
      );
    }
    await this.scoreIfSubmitted(ctx, recording.answerId);
  }

  /** An answer submitted while its parts were being transcribed is scored once the last one is settled. */
  private async scoreIfSubmitted(ctx: { organizationId: string }, answerId: string): Promise<void> {
    const [ready] = await this.db.sql(
      ctx,
      `SELECT 1 FROM answers a WHERE a.organization_id = $1 AND a.id = $2 AND a.status = '${AnswerStatus.SUBMITTED}'
         AND NOT ${awaitsTranscript('$1', 'a.id')}`,
      [answerId],
    );
    if (ready) await this.scoring.enqueue(ctx, answerId);
  }

  /**
   * Keeps the transcript and adds its text to the answer, in one statement: only the try that settles
   * the part adds it, to a draft or to an answer submitted while it was transcribed (not yet scored).
   */
  private async store(ctx: { organizationId: string }, recordingId: string, transcript: Transcript): Promise<void> {
    await this.db.sql(
      ctx,
      `WITH done AS (
         UPDATE recordings SET transcript_status = '${TranscriptStatus.DONE}', transcript = $3::jsonb, transcript_error = NULL
         WHERE organization_id = $1 AND id = $2 AND transcript_status = '${TranscriptStatus.PENDING}'
         RETURNING answer_id)
       UPDATE answers a SET text = CASE WHEN btrim(a.text) = '' THEN $4 ELSE a.text || E'\\n\\n' || $4 END
       FROM done WHERE a.organization_id = $1 AND a.id = done.answer_id AND $4 <> ''
         AND a.status IN ('${AnswerStatus.DRAFT}', '${AnswerStatus.SUBMITTED}')`,
      [recordingId, JSON.stringify(transcript), transcript.text],
    );
  }
}
