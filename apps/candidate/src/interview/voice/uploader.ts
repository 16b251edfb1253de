import { session } from '../../graphql';

/** Waits before each new try of a chunk the network dropped: about a minute in all, then the take is given up. */
const BACKOFF_MS = [1000, 2000, 4000, 8000, 15_000, 30_000];

/** The API's error body on the chunk route (the GraphQL error shape). */
interface ChunkError {
  errors?: { message: string; extensions?: { reason?: string; expectedSeq?: number } }[];
}

/** The chunk was refused for good (not a dropped connection): a sentence for the candidate. */
export class UploadError extends Error {}

/**
 * Sends a take's chunks to POST /recordings/:id/chunks in order, one at a time, as they come. A chunk
 * stays in memory until the API acknowledged it: a dropped connection is retried with backoff, and a
 * 409 CHUNK_OUT_OF_ORDER resends from the chunk the API expects.
 */
export class ChunkUploader {
  /** Chunk `seq` at index seq; acknowledged ones are dropped (undefined). */
  private readonly chunks: (Blob | undefined)[] = [];
  /** Chunks the API has stored: the next to send. */
  private acknowledged = 0;
  private sending?: Promise<void>;
  private failure?: Error;

  constructor(
    private readonly recordingId: string,
    /** Told when the connection drops (true) and when chunks go through again (false). */
    private readonly onRetrying: (retrying: boolean) => void,
  ) {}

  add(chunk: Blob): void {
    this.chunks.push(chunk);
    this.sending ??= this.sendAll().finally(() => (this.sending = undefined));
  }

  /** Resolves once every chunk added so far is stored; rejects with what went wrong for good. */
  async drained(): Promise<void> {
    while (this.sending) await this.sending;
    if (this.failure) throw this.failure;
  }

  private async sendAll(): Promise<void> {
    try {
      while (!this.failure && this.acknowledged < this.chunks.length) await this.sendNext();
    } catch (error) {
      this.failure = error as Error;
    }
  }

  private async sendNext(): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const seq = this.acknowledged;
      let status: number | undefined;
      let body: ({ chunkCount?: number } & ChunkError) | undefined;
      try {
        const form = new FormData();
        form.append('seq', String(seq));
        form.append('file', this.chunks[seq] as Blob, `chunk-${seq}`);
        const token = await session.token();
        const response = await fetch(`/recordings/${this.recordingId}/chunks`, {
          method: 'POST',
          headers: token ? { Authorization: `Bearer ${token}` } : {},
          body: form,
        });
        status = response.status;
        body = (await response.json().catch(() => ({}))) as typeof body;
      } catch {
        // No answer: the connection dropped.
      }
      if (status !== undefined && status < 300 && typeof body?.chunkCount === 'number') {
        this.acknowledge(body.chunkCount);
        if (attempt > 0) this.onRetrying(false);
        return;
      }
      const problem = body?.errors?.[0];
      if (status === 409 && problem?.extensions?.reason === 'CHUNK_OUT_OF_ORDER') {
        const expected = problem.extensions.expectedSeq ?? seq;
        if (expected === seq) throw new UploadError(problem.message);
        this.acknowledge(expected);
        return;
      }
      // A refusal that another try cannot change (too large, recording ended, not audio).
      if (status !== undefined && status >= 400 && status < 500 && status !== 401 && status !== 429)
        throw new UploadError(problem?.message ?? `The upload was refused (HTTP ${status})`);
      if (attempt >= BACKOFF_MS.length)
        throw new UploadError('The recording could not be uploaded: the connection keeps dropping');
      this.onRetrying(true);
      await new Promise((resolve) => setTimeout(resolve, BACKOFF_MS[attempt]));
    }
  }

  /** The API has `count` chunks: those before it can leave memory. */
  private acknowledge(count: number): void {
    for (let seq = this.acknowledged; seq < Math.min(count, this.chunks.length); seq++) this.chunks[seq] = undefined;
    // Only forward: a lower `expectedSeq` than acknowledged cannot be resent (those chunks are gone from memory).
    if (count > this.acknowledged) this.acknowledged = count;
    else if (count < this.acknowledged)
      throw new UploadError('The server lost part of the recording: record this answer again, or type it');
  }
}
