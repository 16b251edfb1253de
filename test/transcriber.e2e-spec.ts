import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeAnswer } from '@mockint/scoring-core';
import { loadConfig } from '../apps/api/src/config/config';
import { Transcriber } from '../apps/api/src/transcription/transcriber';
import { TranscriptionError } from '../apps/api/src/transcription/transcription.errors';
import { FakeTranscriber } from './support/fake-transcriber';
import { startTestApp, TestApp } from './support/test-app';

/** Real speech in the browser's recording format: espeak-ng's voice encoded to WebM/Opus by ffmpeg. */
function speak(dir: string, name: string, ssml: string): string {
  const wav = join(dir, `${name}.wav`);
  const webm = join(dir, `${name}.webm`);
  execFileSync('espeak-ng', ['-v', 'en-us', '-s', '150', '-m', '-w', wav, ssml]);
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-i', wav, '-c:a', 'libopus', '-f', 'webm', webm]);
  return webm;
}

const WEBM = 'audio/webm';

describe('Transcriber (OpenAI-compatible transcription server)', () => {
  let app: TestApp;
  let fake: FakeTranscriber;
  let transcriber: Transcriber;
  let dir: string;
  let first: Buffer;
  let second: Buffer;
  let firstPath: string;

  /** The failure of a transcription that must fail. */
  async function failure(promise: Promise<unknown>): Promise<TranscriptionError> {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TranscriptionError);
    return error as TranscriptionError;
  }
  const answer = () => transcriber.transcribe([{ data: first, fileName: 'part-1.webm', mimeType: WEBM }]);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mockint-transcriber-'));
    firstPath = speak(
      dir,
      'first',
      '<speak>Um, so I would, uh, start with the requirements.<break time="2s"/>Then I would add a queue.</speak>',
    );
    first = readFileSync(firstPath);
    second = readFileSync(speak(dir, 'second', '<speak>And measure it.</speak>'));
    fake = await FakeTranscriber.start();
    app = await startTestApp({ TRANSCRIBE_BASE_URL: fake.url, TRANSCRIBE_TIMEOUT_MS: '1000' });
    transcriber = app.app.get(Transcriber);
  });
  afterAll(async () => {
    await app?.stop();
    await fake?.stop();
    rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => fake.reset());

  it('is disabled without TRANSCRIBE_BASE_URL, and enabled with it', async () => {
    const off = new Transcriber(loadConfig({}));
    expect(off.enabled).toBe(false);
    expect((await failure(off.transcribe([{ data: first, fileName: 'a.webm', mimeType: WEBM }]))).retryable).toBe(false);
    expect(transcriber.enabled).toBe(true);
  });

  it('sends the audio with its name and type, asks for word and segment timings and for fillers, and gets word timings', async () => {
    fake.next({
      words: [
        ['Um', 0.3, 0.6],
        ['so', 0.7, 0.9],
        ['I', 1.0, 1.1],
        ['would', 1.1, 1.3],
        ['uh', 1.6, 1.8],
        ['start', 1.9, 2.2],
        ['with', 2.2, 2.3],
        ['the', 2.3, 2.4],
        ['requirements', 2.4, 3.1],
        ['Then', 5.1, 5.3],
        ['I', 5.3, 5.4],
        ['would', 5.4, 5.6],
        ['add', 5.6, 5.8],
        ['a', 5.8, 5.9],
        ['queue', 5.9, 6.3],
      ],
      duration: 7.25,
      language: 'en',
    });
    const transcript = await transcriber.transcribe([
      { data: createReadStream(firstPath), fileName: 'part-1.webm', mimeType: WEBM },
    ]);

    expect(fake.requests).toHaveLength(1);
    const [request] = fake.requests;
    expect(request).toMatchObject({
      model: 'Systran/faster-whisper-small',
      responseFormat: 'verbose_json',
      timestampGranularities: ['word', 'segment'],
      language: null,
      fileName: 'part-1.webm',
      fileType: WEBM,
    });
    expect(request.prompt).toMatch(/\bumm\b.*\blike\b/i);
    expect(request.bytes.equals(first)).toBe(true);

    expect(transcript).toMatchObject({
      text: 'Um so I would uh start with the requirements Then I would add a queue',
      language: 'en',
      durationSeconds: 7.25,
      timing: 'WORD',
      segments: [{ start: 0.3, end: 6.3 }],
    });
    expect(transcript.words).toHaveLength(15);
    expect(transcript.words[9]).toEqual({ word: 'Then', start: 5.1, end: 5.3 });

    // The transcript is the analyzer's speech input: the 2 s gap is a pause, the fillers are counted.
    const { metrics } = analyzeAnswer(
      { prompt: 'How would you design a job system?' },
      { text: transcript.text, speech: transcript },
    );
    expect(metrics.speech).toMatchObject({
      timing: 'WORD',
      pauseCount: 1,
      longestPauseSeconds: 2,
      silenceBeforeFirstWordSeconds: 0.3,
    });
    expect(metrics.fillerWords.breakdown).toEqual({ um: 1, uh: 1 });
  });

  it('takes segment timings when the server gives no word timings', async () => {
    fake.next({
      segments: [
        { start: 0.3, end: 3.1, text: ' Um, so I would, uh, start with the requirements.' },
        { start: 5.1, end: 6.3, text: ' Then I would add a queue.' },
      ],
      duration: 7.25,
    });
    const transcript = await answer();
    expect(transcript).toEqual({
      text: 'Um, so I would, uh, start with the requirements. Then I would add a queue.',
      language: 'english',
      durationSeconds: 7.25,
      timing: 'SEGMENT',
      words: [],
      segments: [
        { start: 0.3, end: 3.1, text: 'Um, so I would, uh, start with the requirements.' },
        { start: 5.1, end: 6.3, text: 'Then I would add a queue.' },
      ],
    });
  });

  it('transcribes the parts of one answer in order, each timed on from the parts before it', async () => {
    fake.next({ words: [['start', 0.5, 1.0]], duration: 7.25 }, { words: [['measure', 0.25, 0.75]], duration: 1.5 });
    const transcript = await transcriber.transcribe(
      [
        { data: first, fileName: 'part-1.webm', mimeType: WEBM },
        { data: second, fileName: 'part-2.webm', mimeType: WEBM },
      ],
      { language: 'en' },
    );
    expect(fake.requests.map((r) => [r.fileName, r.bytes.length, r.language])).toEqual([
      ['part-1.webm', first.length, 'en'],
      ['part-2.webm', second.length, 'en'],
    ]);
    expect(fake.requests[1].bytes.equals(second)).toBe(true);
    expect(transcript).toMatchObject({
      text: 'start measure',
      durationSeconds: 8.75,
      timing: 'WORD',
      words: [
        { word: 'start', start: 0.5, end: 1 },
        { word: 'measure', start: 7.5, end: 8 },
      ],
      segments: [
        { start: 0.5, end: 1 },
        { start: 7.5, end: 8 },
      ],
    });
  });

  it('a server slower than the timeout is a retryable failure', async () => {
    fake.next({ slow: true, afterMs: 5000 });
    const started = Date.now();
    const error = await failure(answer());
    expect(error.retryable).toBe(true);
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('HTTP 500 and 429 are retryable failures, and the next try goes through', async () => {
    fake.next({ status: 500 }, { status: 429 });
    expect((await failure(answer())).retryable).toBe(true);
    expect((await failure(answer())).retryable).toBe(true);
    await expect(answer()).resolves.toMatchObject({ text: 'Hello', timing: 'WORD' });
  });

  it('a server that cannot be reached is a retryable failure', async () => {
    const gone = await FakeTranscriber.start();
    const url = gone.url;
    await gone.stop();
    const unreachable = new Transcriber(loadConfig({ TRANSCRIBE_BASE_URL: url, TRANSCRIBE_TIMEOUT_MS: '1000' }));
    expect((await failure(unreachable.transcribe([{ data: first, fileName: 'a.webm', mimeType: WEBM }]))).retryable).toBe(true);
  });

  it('HTTP 400 is a permanent failure', async () => {
    fake.next({ status: 400 });
    expect((await failure(answer())).retryable).toBe(false);
  });

  it.each([
    ['not JSON', { notJson: true as const }],
    ['a list', { body: [] }],
    ['no text', { body: { duration: 1, words: [] } }],
    ['words not a list', { body: { text: 'hi', words: 'hi' } }],
    ['a word without times', { body: { text: 'hi', words: [{ word: 'hi', start: null, end: 1 }] } }],
    ['a word ending before it starts', { body: { text: 'hi', words: [{ word: 'hi', start: 2, end: 1 }] } }],
    [
      'words going backwards',
      {
        body: {
          text: 'a b',
          words: [
            { word: 'a', start: 2, end: 3 },
            { word: 'b', start: 1, end: 1.5 },
          ],
        },
      },
    ],
    ['a negative duration', { body: { text: 'hi', duration: -1, words: [{ word: 'hi', start: 0, end: 1 }] } }],
    ['text without timings', { body: { text: 'hi', duration: 1 } }],
  ])('a garbled reply (%s) is a permanent failure', async (_case, reply) => {
    fake.next(reply);
    const error = await failure(answer());
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/unusable/);
  });

  it('an empty reply is a transcript of no speech', async () => {
    fake.next({ empty: true, duration: 4 });
    await expect(answer()).resolves.toEqual({
      text: '',
      language: 'english',
      durationSeconds: 4,
      timing: 'SEGMENT',
      words: [],
      segments: [],
    });
  });
});
