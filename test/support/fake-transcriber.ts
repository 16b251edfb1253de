import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';

/** A recognised word: [word, start, end] in seconds. */
export type FakeWord = [string, number, number];

/** verbose_json with word timings (and one segment around them). */
export interface WordsReply {
  words: FakeWord[];
  duration: number;
  language?: string;
}

/** How the fake answers one request. */
export type FakeReply =
  | WordsReply
  /** verbose_json with segment timings only, like servers without word timestamps. */
  | { segments: { start: number; end: number; text: string }[]; duration: number }
  /** Nothing was said. */
  | { empty: true; duration: number }
  /** Answers with words only after `afterMs` (beyond the client's timeout), or with `reply` if given. */
  | { slow: true; afterMs: number; reply?: WordsReply }
  | { status: number }
  /** HTTP 200 with a JSON content type and a body that is not JSON. */
  | { notJson: true }
  /** HTTP 200 with this JSON body, whatever its shape. */
  | { body: unknown };

/** What the API sent, as the server parsed it from the multipart body. */
export interface TranscriptionRequest {
  model: string | null;
  responseFormat: string | null;
  timestampGranularities: string[];
  prompt: string | null;
  language: string | null;
  fileName: string;
  fileType: string;
  bytes: Buffer;
}

const DEFAULT_WORDS: WordsReply = { words: [['Hello', 0.5, 0.9]], duration: 1.5 };

function verboseJson(reply: Extract<FakeReply, WordsReply | { segments: unknown } | { empty: true }>) {
  const base = { task: 'transcribe', language: 'english', duration: reply.duration };
  if ('empty' in reply) return { ...base, text: '', words: [], segments: [] };
  if ('segments' in reply) return { ...base, text: reply.segments.map((s) => s.text).join(''), segments: reply.segments };
  const text = reply.words.map(([word]) => word).join(' ');
  const words = reply.words.map(([word, start, end]) => ({ word, start, end }));
  const segment = { id: 0, seek: 0, start: words[0]?.start ?? 0, end: words.at(-1)?.end ?? 0, text: ` ${text}`, tokens: [] };
  return { ...base, language: reply.language ?? base.language, text, words, segments: words.length ? [segment] : [] };
}

/**
 * A local OpenAI-compatible `/v1/audio/transcriptions` server for tests: real HTTP and real multipart
 * for the real SDK. No speech model can run here, so it answers with the transcript a test scripts.
 */
export class FakeTranscriber {
  readonly requests: TranscriptionRequest[] = [];
  private readonly script: FakeReply[] = [];
  fallback: FakeReply = DEFAULT_WORDS;
  private readonly server: Server;
  private readonly open = new Set<ServerResponse>();
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  static async start(): Promise<FakeTranscriber> {
    const fake = new FakeTranscriber();
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`;
  }

  /** Replies to the next requests, in order; after them every request gets `fallback`. */
  next(...replies: FakeReply[]): void {
    this.script.push(...replies);
  }

  reset(): void {
    this.requests.length = 0;
    this.script.length = 0;
    this.fallback = DEFAULT_WORDS;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const json = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.method !== 'POST' || req.url !== '/v1/audio/transcriptions')
      return void json(404, { error: { message: 'Not found' } });
    // Node's own multipart parser, as the real servers get it.
    const form = await new Request(`http://fake${req.url}`, {
      method: 'POST',
      headers: req.headers as Record<string, string>,
      body: Readable.toWeb(req) as ReadableStream,
      duplex: 'half',
    } as RequestInit).formData();
    const file = form.get('file');
    if (!(file instanceof File)) return void json(400, { error: { message: 'file is required' } });
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : null;
    };
    this.requests.push({
      model: text('model'),
      responseFormat: text('response_format'),
      timestampGranularities: form.getAll('timestamp_granularities[]').map(String),
      prompt: text('prompt'),
      language: text('language'),
      fileName: file.name,
      fileType: file.type,
      bytes: Buffer.from(await file.arrayBuffer()),
    });

    const reply = this.script.shift() ?? this.fallback;
    if ('status' in reply)
      return void json(reply.status, { error: { message: `Scripted HTTP ${reply.status}`, type: 'server_error' } });
    if ('notJson' in reply)
      return void res.writeHead(200, { 'content-type': 'application/json' }).end('<html>Bad gateway</html>');
    if ('body' in reply) return void json(200, reply.body);
    if ('slow' in reply) {
      this.open.add(res);
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.open.delete(res);
        if (!res.destroyed) json(200, verboseJson(reply.reply ?? DEFAULT_WORDS));
      }, reply.afterMs);
      this.timers.add(timer);
      return;
    }
    json(200, verboseJson(reply));
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    for (const res of this.open) res.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
