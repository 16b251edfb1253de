import type { Readable } from 'node:stream';
import { Inject, Injectable, Logger } from '@nestjs/common';
import OpenAI, { toFile } from 'openai';
import { APP_CONFIG, AppConfig, TranscribeConfig } from '../config/config';
import { joinTranscripts, parseTranscription, Transcript } from './transcript';
import { TranscriptionError } from './transcription.errors';

/** One recorded part of an answer. */
export interface AudioPart {
  data: Buffer | Readable;
  /** With the extension the server uses to recognise the format ("part-1.webm"). */
  fileName: string;
  /** "audio/webm", "audio/mp4"... */
  mimeType: string;
}

/**
 * Asks Whisper to keep disfluencies: it follows the style of its prompt, and without one it writes
 * fluent text with the "um"s left out. The example OpenAI documents for this.
 */
const KEEP_FILLERS_PROMPT = "Umm, let me think like, hmm... Okay, here's what I'm, like, thinking.";

/** The statuses a later try may get past (the SDK's own retry rule); the queue does the retrying. */
const retryableStatus = (status: number) => status === 408 || status === 409 || status === 429 || status >= 500;

function classify(error: unknown): TranscriptionError {
  if (error instanceof TranscriptionError) return error;
  if (error instanceof OpenAI.APIConnectionTimeoutError)
    return new TranscriptionError('The transcription server did not answer in time', true, { cause: error });
  if (error instanceof OpenAI.APIConnectionError)
    return new TranscriptionError('The transcription server could not be reached', true, { cause: error });
  if (error instanceof OpenAI.APIError && error.status !== undefined)
    return new TranscriptionError(`The transcription server answered HTTP ${error.status}`, retryableStatus(error.status), {
      cause: error,
    });
  // The SDK parses a JSON content type itself: a body that is not JSON fails there (by name: the
  // SyntaxError may come from another realm).
  if ((error as { name?: unknown } | null)?.name === 'SyntaxError')
    return new TranscriptionError("The transcription server's reply is unusable: not JSON", false, { cause: error });
  return new TranscriptionError(`Transcription failed: ${(error as Error).message}`, false, { cause: error });
}

/**
 * Speech to text on any OpenAI-compatible `/v1/audio/transcriptions` endpoint (speaches/faster-whisper,
 * whisper.cpp's server, LocalAI or a hosted one), with word timings when the server gives them and
 * segment timings otherwise. One try per call: retries belong to the job queue, which reads
 * `TranscriptionError.retryable`. Logs carry sizes and timings, never the audio or what was said.
 */
@Injectable()
export class Transcriber {
  private readonly logger = new Logger(Transcriber.name);
  private readonly config?: TranscribeConfig;
  private readonly client?: OpenAI;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.config = config.transcribe;
    if (this.config) {
      this.client = new OpenAI({
        apiKey: this.config.apiKey,
        baseURL: this.config.baseUrl,
        timeout: this.config.timeoutMs,
        maxRetries: 0,
      });
    }
  }

  /** False without TRANSCRIBE_BASE_URL: the candidate types the transcript instead. */
  get enabled(): boolean {
    return this.client !== undefined;
  }

  /**
   * One transcript of the answer's parts, transcribed in order; each part's timings run on from the
   * previous parts' length. `language`: ISO-639-1, when known (it helps short answers).
   */
  async transcribe(parts: readonly AudioPart[], options: { language?: string } = {}): Promise<Transcript> {
    if (!this.client || !this.config) throw new TranscriptionError('No transcription server is configured', false);
    const started = Date.now();
    const transcripts: Transcript[] = [];
    try {
      for (const part of parts) {
        const reply: unknown = await this.client.audio.transcriptions.create({
          file: await toFile(part.data, part.fileName, { type: part.mimeType }),
          model: this.config.model,
          response_format: 'verbose_json',
          timestamp_granularities: ['word', 'segment'],
          prompt: KEEP_FILLERS_PROMPT,
          ...(options.language ? { language: options.language } : {}),
        });
        transcripts.push(parseTranscription(reply));
      }
    } catch (error) {
      const failure = classify(error);
      this.logger.warn(
        `Transcription of part ${transcripts.length + 1} of ${parts.length} failed after ${Date.now() - started} ms (${failure.retryable ? 'retryable' : 'permanent'}): ${failure.message}`,
      );
      throw failure;
    }
    const transcript = joinTranscripts(transcripts);
    this.logger.log(
      `Transcribed ${parts.length} part(s), ${transcript.durationSeconds.toFixed(1)} s of audio, in ${Date.now() - started} ms: ${transcript.words.length} words, ${transcript.segments.length} segments, ${transcript.timing} timings`,
    );
    return transcript;
  }
}
