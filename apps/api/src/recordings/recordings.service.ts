import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { Db } from '../database/db.service';
import { RequestContext } from '../common/request-context';
import { AppError, ErrorCode, notFound } from '../common/app-error';
import { JwtService } from '../auth/jwt.service';
import { SessionsService } from '../sessions/sessions.service';
import { InterviewSession } from '../sessions/interview-session.entity';
import { AudioStorage, ByteRange } from './audio-storage';
import { Recording, RecordingStatus } from './recording.entity';
import { StartRecordingInput } from './recordings.inputs';
import { RecordingTranscription } from './recording-transcription';
import { TranscriptStatus } from './recording-transcript.types';
import {
  answerAudioTooLarge,
  audioGone,
  chunkOutOfOrder,
  durationOutOfRange,
  emptyRecording,
  notAudio,
  recordingEnded,
} from './recordings.errors';

/** Largest chunk upload: MediaRecorder sends about 16 KB a second; a client catching up sends several seconds at once. */
export const MAX_CHUNK_BYTES = 1024 * 1024;
/** A generous bitrate (Opus speech is 2 to 4 KB/s): the cap is against abuse, not a quality limit. */
const BYTES_PER_SECOND = 32 * 1024;
/** Recording time allowed beyond the question's limit (answers over time are accepted and marked). */
const MARGIN_SECONDS = 120;
/** How long an audio link works: long enough to start playing, short enough not to be worth sharing. */
const LINK_TTL_SECONDS = 300;
const LINK_AUDIENCE = 'recording-audio';
/** Attempts at numbering a new part when another start raced for the same number. */
const START_TRIES = 3;

/** Magic bytes: a WebM file starts with the EBML header, an MP4 one has `ftyp` at offset 4. */
const SIGNATURES: Record<string, (data: Buffer) => boolean> = {
  'audio/webm': (data) => data.length >= 4 && data.readUInt32BE(0) === 0x1a45dfa3,
  'audio/mp4': (data) => data.length >= 8 && data.toString('latin1', 4, 8) === 'ftyp',
};
const EXTENSIONS: Record<string, string> = { 'audio/webm': 'webm', 'audio/mp4': 'm4a' };

const baseType = (mimeType: string): string => mimeType.split(';')[0].trim().toLowerCase();
const chunkPrefix = (recording: Pick<Recording, 'storageKey'>): string => `${recording.storageKey}.chunks/`;
const chunkKey = (recording: Recording, seq: number): string => `${chunkPrefix(recording)}${String(seq).padStart(6, '0')}`;
const chunkKeys = (recording: Recording): string[] =>
  Array.from({ length: recording.chunkCount }, (_, seq) => chunkKey(recording, seq));

/** What may be recorded for an answer to a question with this time limit. */
const allowance = (timeLimitSeconds: number) => {
  const seconds = timeLimitSeconds + MARGIN_SECONDS;
  return { maxBytes: seconds * BYTES_PER_SECOND, maxDurationMs: seconds * 1000 };
};

/** Who asks for audio: a signed-in member, or the holder of a link this service signed. */
export type AudioCaller = { ctx: RequestContext } | { linkToken: string };

/** Null for a NOT_FOUND, any other error rethrown. */
const unlessNotFound = (error: unknown): null => {
  if (error instanceof AppError && error.code === ErrorCode.NOT_FOUND) return null;
  throw error;
};

/** Organizations with audio past their retention period (across tenants: ids only). */
const ORGANIZATIONS_EXPIRED = `SELECT DISTINCT r.organization_id AS id FROM recordings r
  JOIN organizations o ON o.id = r.organization_id
  WHERE r.audio_deleted_at IS NULL AND o.recording_retention_days IS NOT NULL
    AND r.created_at < now() - make_interval(days => o.recording_retention_days)`;

/**
 * Recorded spoken answers: parts uploaded in chunks while the candidate speaks, joined into one file
 * at the end, played back to the candidate and to the staff who may see the answer.
 */
@Injectable()
export class RecordingsService {
  private readonly logger = new Logger(RecordingsService.name);

  constructor(
    private readonly db: Db,
    private readonly sessions: SessionsService,
    private readonly storage: AudioStorage,
    private readonly jwt: JwtService,
    private readonly transcription: RecordingTranscription,
  ) {}

  /**
   * Starts a new part of the current answer's recording (creating the draft answer if needed). A part
   * left recording (the page was reloaded, the tab closed) is finished first with what arrived.
   */
  async start(ctx: RequestContext, input: StartRecordingInput): Promise<Recording> {
    const { answer } = await this.sessions.draftAnswer(ctx, input.sessionQuestionId);
    const unfinished = await this.db
      .scoped(ctx, Recording)
      .find({ where: { answerId: answer.id, status: RecordingStatus.RECORDING } });
    for (const part of unfinished) await this.finishPart(ctx, part.id, null);
    const columns = this.db.columns(Recording);
    for (let tries = 0; tries < START_TRIES; tries++) {
      const [row] = await this.db.sql(
        ctx,
        `INSERT INTO recordings AS r (organization_id, answer_id, session_id, part, mime_type, storage_key)
         SELECT $1::uuid, $2::uuid, $3::uuid, coalesce(max(part), 0) + 1, $4::text, $5::text
         FROM recordings WHERE organization_id = $1::uuid AND answer_id = $2::uuid
         ON CONFLICT (answer_id, part) DO NOTHING
         RETURNING ${columns.select()}`,
        [
          answer.id,
          answer.sessionId,
          input.mimeType,
          `${ctx.organizationId}/${randomUUID()}.${EXTENSIONS[baseType(input.mimeType)]}`,
        ],
      );
      if (row) return columns.from(row)!;
    }
    throw new AppError(
      ErrorCode.CONFLICT,
      'CONCURRENT_RECORDING_START',
      'Another recording of this answer started at the same time',
    );
  }

  /**
   * Stores chunk `seq` (from 0) of one of the caller's recordings. The chunk already stored last is
   * accepted again without change (a retry after a lost reply); any other out-of-order chunk is refused
   * with the one expected. The chunk is written whole under its own key before the row counts it.
   */
  async addChunk(ctx: RequestContext, id: string, seq: number, data: Buffer): Promise<Recording> {
    return this.db.transaction(async () => {
      const recording = await this.lockOwn(ctx, id);
      if (recording.status !== RecordingStatus.RECORDING) throw recordingEnded();
      if (seq === recording.chunkCount - 1) return recording;
      if (seq !== recording.chunkCount) throw chunkOutOfOrder(recording.chunkCount);
      const type = baseType(recording.mimeType);
      if (seq === 0 && !SIGNATURES[type](data)) throw notAudio(type);
      const { maxBytes } = allowance(await this.timeLimit(ctx, recording.answerId));
      const [{ used }] = await this.db.sql<{ used: number }>(
        ctx,
        `SELECT coalesce(sum(bytes), 0)::int AS used FROM recordings WHERE organization_id = $1 AND answer_id = $2`,
        [recording.answerId],
      );
      if (used + data.length > maxBytes) throw answerAudioTooLarge(maxBytes);
      await this.storage.put(chunkKey(recording, seq), data);
      recording.chunkCount += 1;
      recording.bytes += data.length;
      return this.db.scoped(ctx, Recording).save(recording);
    });
  }

  /** Ends one of the caller's recordings: its chunks become one file. Finishing it again changes nothing. */
  async finish(ctx: RequestContext, id: string, durationMs: number): Promise<Recording> {
    return this.finishPart(ctx, id, durationMs);
  }

  private async finishPart(ctx: RequestContext, id: string, durationMs: number | null): Promise<Recording> {
    let joined = false;
    const recording = await this.db.transaction(async () => {
      const recording = await this.lockOwn(ctx, id);
      if (recording.status === RecordingStatus.COMPLETE) return recording;
      if (durationMs !== null) {
        const { maxDurationMs } = allowance(await this.timeLimit(ctx, recording.answerId));
        if (durationMs < 0 || durationMs > maxDurationMs) throw durationOutOfRange(maxDurationMs);
      }
      if (recording.chunkCount === 0) {
        // A part abandoned before its first chunk holds nothing worth keeping.
        if (durationMs === null) {
          await this.db.scoped(ctx, Recording).delete({ id: recording.id });
          return recording;
        }
        throw emptyRecording();
      }
      await this.storage.join(chunkKeys(recording), recording.storageKey);
      joined = true;
      Object.assign(recording, {
        status: RecordingStatus.COMPLETE,
        completedAt: new Date(),
        durationMs,
        transcriptStatus: this.transcription.statusOfFinished,
      });
      return this.db.scoped(ctx, Recording).save(recording);
    });
    // After commit: until then the chunks are what the row points to. One left behind is removed with the audio.
    if (joined) {
      await this.storage
        .deletePrefix(chunkPrefix(recording))
        .catch((error: Error) => this.logger.warn(`Chunks of recording ${id} not deleted: ${error.message}`));
      if (recording.transcriptStatus === TranscriptStatus.PENDING)
        await this.transcription.later(ctx.organizationId, recording.id);
    }
    return recording;
  }

  /** One of the caller's recordings, locked until the transaction ends (uploads and the finish queue up on it). */
  private async lockOwn(ctx: RequestContext, id: string): Promise<Recording> {
    const own = this.db
      .scoped(ctx, InterviewSession)
      .query('s')
      .select('s.id')
      .andWhere('s.membershipId = :me', { me: ctx.membershipId });
    const recording = await this.db
      .scoped(ctx, Recording)
      .query('r')
      .andWhere('r.id = :id', { id })
      .andWhere(`r.sessionId IN (${own.getQuery()})`)
      .setParameters({ ...own.getParameters(), id })
      .setLock('pessimistic_write')
      .getOne();
    if (!recording) throw notFound('Recording');
    return recording;
  }

  private async timeLimit(ctx: RequestContext, answerId: string): Promise<number> {
    const [row] = await this.db.sql<{ limit: number }>(
      ctx,
      `SELECT q.time_limit_seconds AS limit FROM answers a
       JOIN session_questions q ON q.id = a.session_question_id AND q.organization_id = $1
       WHERE a.organization_id = $1 AND a.id = $2`,
      [answerId],
    );
    return row.limit;
  }

  /** The answer's parts, first to last (batched per request). The answer was already checked visible. */
  parts(ctx: RequestContext, answerId: string): Promise<Recording[]> {
    return ctx.loaders.manyBy(Recording, 'answerId', { part: 'ASC' }).load(answerId);
  }

  /**
   * A link that plays the part in an <audio> element without a bearer header, for a few minutes: a path
   * on this API carrying a signed token. Null until the part is finished and once its audio is deleted.
   */
  audioUrl(recording: Recording): string | null {
    if (recording.status !== RecordingStatus.COMPLETE || recording.audioDeletedAt) return null;
    const token = this.jwt.signLink(LINK_AUDIENCE, { org: recording.organizationId, rec: recording.id }, LINK_TTL_SECONDS);
    return `/recordings/${recording.id}/audio?token=${encodeURIComponent(token)}`;
  }

  /**
   * A finished part the caller may play: the candidate and the staff who may see the answer (the
   * sessions' row rule), or whoever holds a link signed for this very part. Anyone else: NOT_FOUND.
   */
  async playable(caller: AudioCaller, id: string): Promise<Recording> {
    const recording = await this.visibleRecording(caller, id);
    if (recording.status !== RecordingStatus.COMPLETE || recording.audioDeletedAt) throw audioGone();
    return recording;
  }

  /** The part's audio, or a range of it. */
  stream(recording: Recording, range?: ByteRange): Promise<Readable> {
    return this.storage.stream(recording.storageKey, range);
  }

  private async visibleRecording(caller: AudioCaller, id: string): Promise<Recording> {
    if ('linkToken' in caller) {
      const claims = this.jwt.verifyLink(LINK_AUDIENCE, caller.linkToken);
      if (claims?.rec !== id || typeof claims.org !== 'string') throw notFound('Recording');
      const recording = await this.db.scoped({ organizationId: claims.org }, Recording).findOne({ where: { id } });
      if (!recording) throw notFound('Recording');
      return recording;
    }
    const recording = await this.db.scoped(caller.ctx, Recording).findOne({ where: { id } });
    const answer = recording && (await this.sessions.answer(caller.ctx, recording.answerId).catch(unlessNotFound));
    if (!recording || !answer) throw notFound('Recording');
    return recording;
  }

  /** Deletes the audio of every recording of the candidate's sittings (their data is being deleted). */
  async deleteAudioOf(ctx: RequestContext, memberId: string): Promise<void> {
    const recordings = await this.db
      .scoped(ctx, Recording)
      .query('r')
      .innerJoin(InterviewSession, 's', 's.id = r.sessionId AND s.organizationId = r.organizationId')
      .andWhere('s.membershipId = :memberId', { memberId })
      .setLock('pessimistic_write', undefined, ['r'])
      .getMany();
    await this.removeAudio(recordings);
  }

  /** Organizations with recordings past their retention period. */
  async organizationsWithExpiredAudio(): Promise<string[]> {
    const rows = await this.db.dataSource.query<{ id: string }[]>(ORGANIZATIONS_EXPIRED);
    return rows.map((r) => r.id);
  }

  /** Deletes the audio of the organization's recordings older than its retention period; the rows stay. */
  async deleteExpiredAudio(organizationId: string): Promise<number> {
    const ctx = { organizationId };
    return this.db.transaction(async () => {
      const columns = this.db.columns(Recording);
      const rows = await this.db.sql(
        ctx,
        `SELECT ${columns.select('r')} FROM recordings r JOIN organizations o ON o.id = r.organization_id
         WHERE r.organization_id = $1 AND r.audio_deleted_at IS NULL AND o.recording_retention_days IS NOT NULL
           AND r.created_at < now() - make_interval(days => o.recording_retention_days)
         FOR UPDATE OF r`,
      );
      const expired = rows.map((row) => columns.from(row, 'r')!);
      await this.removeAudio(expired);
      if (expired.length) {
        await this.db.sql(
          ctx,
          `UPDATE recordings SET audio_deleted_at = now(), status = '${RecordingStatus.COMPLETE}',
             completed_at = coalesce(completed_at, now())
           WHERE organization_id = $1 AND id = ANY($2::uuid[])`,
          [expired.map((r) => r.id)],
        );
      }
      return expired.length;
    });
  }

  /** The joined file and any chunk of each recording. */
  private async removeAudio(recordings: Recording[]): Promise<void> {
    for (const recording of recordings) {
      await this.storage.delete([recording.storageKey]);
      await this.storage.deletePrefix(chunkPrefix(recording));
    }
  }
}
