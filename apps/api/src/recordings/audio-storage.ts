import type { Readable } from 'node:stream';

/** Bytes `start` to `end`, both included (as in an HTTP Range header). */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Where recorded audio lives: never in PostgreSQL rows. Keys are paths such as `<organization>/<recording>.webm`.
 * Two drivers: disk (default) and S3-compatible object storage. Every write is all or nothing: a key
 * holds a whole object or none.
 */
export abstract class AudioStorage {
  abstract put(key: string, data: Buffer): Promise<void>;

  abstract read(key: string): Promise<Buffer>;

  /** The object's bytes, or a range of them, as a stream. */
  abstract stream(key: string, range?: ByteRange): Promise<Readable>;

  /** Every key starting with `prefix` (tests, clean-up). */
  abstract list(prefix: string): Promise<string[]>;

  /** Deletes the keys; a missing one is no error. */
  abstract delete(keys: string[]): Promise<void>;

  /**
   * Joins the objects into one at `target`, in order. S3 cannot append, and its multipart copy needs
   * parts of 5 MB: the parts (an answer's few megabytes at most) are read and written as one.
   */
  async join(keys: string[], target: string): Promise<void> {
    const parts: Buffer[] = [];
    for (const key of keys) parts.push(await this.read(key));
    await this.put(target, Buffer.concat(parts));
  }

  /** Deletes every object under `prefix`. */
  async deletePrefix(prefix: string): Promise<void> {
    await this.delete(await this.list(prefix));
  }
}
