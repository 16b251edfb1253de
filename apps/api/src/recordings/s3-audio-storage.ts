import type { Readable } from 'node:stream';
import { DeleteObjectsCommand, GetObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { S3Config } from '../config/config';
import { AudioStorage, ByteRange } from './audio-storage';

/** DeleteObjects takes at most this many keys per call. */
const DELETE_BATCH = 1000;

/** Audio in an S3-compatible bucket (AWS S3, MinIO, ...). A PutObject is atomic: no temporary names needed. */
export class S3AudioStorage extends AudioStorage {
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(config: S3Config) {
    super();
    this.bucket = config.bucket;
    this.client = new S3Client({
      endpoint: config.endpoint,
      region: config.region,
      credentials: config.credentials,
      forcePathStyle: config.forcePathStyle,
    });
  }

  async put(key: string, data: Buffer): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: data }));
  }

  async read(key: string): Promise<Buffer> {
    return Buffer.from(await (await this.get(key)).transformToByteArray());
  }

  async stream(key: string, range?: ByteRange): Promise<Readable> {
    return (await this.get(key, range)) as unknown as Readable;
  }

  private async get(key: string, range?: ByteRange) {
    const reply = await this.client.send(
      new GetObjectCommand({ Bucket: this.bucket, Key: key, Range: range && `bytes=${range.start}-${range.end}` }),
    );
    if (!reply.Body) throw new Error(`Empty object ${key}`);
    return reply.Body;
  }

  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      keys.push(...(page.Contents ?? []).flatMap((o) => (o.Key ? [o.Key] : [])));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return keys.sort();
  }

  async delete(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += DELETE_BATCH) {
      const batch = keys.slice(i, i + DELETE_BATCH);
      const reply = await this.client.send(
        new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }),
      );
      const failed = reply.Errors?.find((e) => e.Code !== 'NoSuchKey');
      if (failed) throw new Error(`Could not delete ${failed.Key}: ${failed.Code} ${failed.Message}`);
    }
  }

  close(): void {
    this.client.destroy();
  }
}
