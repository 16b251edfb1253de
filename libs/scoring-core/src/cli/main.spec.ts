import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { EXIT_LINE_ERRORS, EXIT_UNREADABLE, runCli } from './main';

function io(stdinText = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = (stream: PassThrough) => () => (stream.read() as Buffer | null)?.toString() ?? '';
  return { io: { stdin: Readable.from([stdinText]), stdout, stderr }, out: text(stdout), err: text(stderr) };
}

const line = (text: unknown) =>
  JSON.stringify({ question: { prompt: 'Tell me about a time you led a team.' }, answer: { text } });

describe('runCli', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'scoring-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 when every line is analyzed', async () => {
    const file = join(dir, 'ok.jsonl');
    writeFileSync(file, `${line('I led four engineers to ship a billing migration, and churn dropped 10%.')}\n`);
    const t = io();
    expect(await runCli([file], t.io)).toBe(0);
    expect(JSON.parse(t.out())).toMatchObject({ line: 1, overallScore: expect.any(Number) });
  });

  it('exits 1 when a line is invalid, after reporting it', async () => {
    const t = io(`${line('fine')}\n${line(7)}\n`);
    expect(await runCli(['-'], t.io)).toBe(EXIT_LINE_ERRORS);
    expect(t.out()).toContain('{"line":2,"error":"answer.text must be a string"}');
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.jsonl'), 'no such file'],
    ['a directory', () => dir, 'is a directory'],
  ])('exits 2 with a one-line message for %s', async (_label, path, message) => {
    const t = io();
    expect(await runCli([path()], t.io)).toBe(EXIT_UNREADABLE);
    const stderr = t.err();
    expect(stderr).toContain(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
