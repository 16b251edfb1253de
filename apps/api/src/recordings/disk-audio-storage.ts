import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { AudioStorage, ByteRange } from './audio-storage';

/** Audio files in a folder: written to a temporary name, then renamed (a reader never sees half a file). */
export class DiskAudioStorage extends AudioStorage {
  constructor(readonly root: string) {
    super();
  }

  private path(key: string): string {
    if (key.split('/').some((part) => part === '..' || part === '')) throw new Error(`Bad storage key ${key}`);
    return join(this.root, ...key.split('/'));
  }

  async put(key: string, data: Buffer): Promise<void> {
    const path = this.path(key);
    await mkdir(dirname(path), { recursive: true });
    const temporary = `${path}.${randomUUID()}.partial`;
    try {
      await writeFile(temporary, data);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  read(key: string): Promise<Buffer> {
    return readFile(this.path(key));
  }

  async stream(key: string, range?: ByteRange): Promise<Readable> {
    const stream = createReadStream(this.path(key), range);
    // Fail here (missing file) rather than halfway through a reply.
    await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
    return stream;
  }

  /** Reads only the folder the prefix points into (keys are paths). */
  async list(prefix: string): Promise<string[]> {
    const folder = join(this.root, ...prefix.split('/').slice(0, -1));
    const files = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
    return files
      .filter((f) => f.isFile())
      .map((f) => relative(this.root, join(f.parentPath, f.name)).split(sep).join('/'))
      .filter((key) => key.startsWith(prefix))
      .sort();
  }

  /** A folder prefix (ending in `/`) goes as a whole: no empty folder left behind. */
  override async deletePrefix(prefix: string): Promise<void> {
    if (prefix.endsWith('/')) await rm(this.path(prefix.slice(0, -1)), { recursive: true, force: true });
    else await super.deletePrefix(prefix);
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.path(key), { force: true })));
  }
}
