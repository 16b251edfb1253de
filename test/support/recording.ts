import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GqlClient } from './graphql-client';

/** Chunk size of the tests' uploads: several chunks for a few seconds of speech, the first holding the header. */
export const CHUNK = 4096;

/** A few seconds of speech as WebM/Opus, as MediaRecorder would record it. */
export function makeWebm(dir: string, text = 'I would start with the requirements, then add a queue.'): Buffer {
  const wav = join(dir, 'answer.wav');
  const webm = join(dir, 'answer.webm');
  writeFileSync(wav, execFileSync('espeak-ng', ['-v', 'en-us', '-s', '150', '--stdout', text]));
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-i', wav, '-c:a', 'libopus', '-b:a', '32k', '-f', 'webm', webm]);
  return readFileSync(webm);
}

export const split = (data: Buffer, size = CHUNK): Buffer[] =>
  Array.from({ length: Math.ceil(data.length / size) }, (_, i) => data.subarray(i * size, (i + 1) * size));

/** POSTs chunk `seq` of a recording as the browser does (multipart: `seq`, then the file). */
export async function uploadChunk(
  baseUrl: string,
  client: GqlClient,
  id: string,
  seq: number | string,
  data: Buffer,
  type = 'audio/webm',
): Promise<{ status: number; body: Record<string, any> }> {
  const form = new FormData();
  form.append('seq', String(seq));
  form.append('file', new Blob([new Uint8Array(data)], { type }), 'chunk');
  const res = await fetch(`${baseUrl}/recordings/${id}/chunks`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}` },
    body: form,
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
