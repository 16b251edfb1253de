import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { analyzeAnswer, QuestionInput } from '@mockint/scoring-core';
import type { EvalReport } from './evaluate';
import { EXIT_UNREADABLE, runEval } from './main';
import { spearman } from './statistics';

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const text = (stream: PassThrough) => () => (stream.read() as Buffer | null)?.toString() ?? '';
  return { io: { stdin: Readable.from(['']), stdout, stderr }, out: text(stdout), err: text(stderr) };
}

const question: QuestionInput = {
  prompt: 'Tell me about a time you improved a process on your team.',
  type: 'BEHAVIORAL',
  talkingPoints: ['What was broken', 'How you measured the improvement'],
};
const good =
  'At my last company pull requests waited three days for review. I owned our delivery metrics, so I analyzed two months of data, found that 80% of the delay came from unclear ownership, and set up a rotating reviewer schedule with a Slack bot. The average wait fell from three days to five hours.';
const poor = 'We made reviews faster somehow and it was better.';
// The figures are checked against the analyzer's own scores, so the test holds as the analyzer improves.
// Both are long enough to judge: their scores are never withheld (null).
const analyzed = (text: string) => analyzeAnswer(question, { text }).overallScore ?? Number.NaN;

const FIXTURE = [
  '# a comment, then a blank line',
  '',
  JSON.stringify({ question, better: good, worse: poor }),
  JSON.stringify({ question, better: poor, worse: good }),
  JSON.stringify({ question, answer: good, scores: { structure: 5, impact: 4 }, overall: 85 }),
  JSON.stringify({ question, answer: poor, scores: { structure: 1, impact: 1 }, overall: 10 }),
  JSON.stringify({ question, answer: 'Reviews.', overall: 5 }),
  '{"question": {"prompt": "Why us?"}, "answer": "Because", "scores": {"charisma": 4}}',
  'not json',
].join('\n');

describe('npm run eval', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'eval-cli-'));
    file = join(dir, 'labelled.jsonl');
    writeFileSync(file, FIXTURE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('scores both shapes with the analyzer, reports bad lines by number and still exits 0', async () => {
    const t = io();
    expect(await runEval([file, '--json'], t.io, {})).toBe(0);
    const report = JSON.parse(t.out()) as EvalReport;
    expect(report.input).toEqual({
      pairs: 2,
      scored: 3,
      withOverall: 3,
      withCriteria: 2,
      skipped: [
        { line: 8, error: expect.stringMatching(/^scores\.charisma is not a rubric criterion \(structure, /) },
        { line: 9, error: expect.stringMatching(/^invalid JSON/) },
      ],
    });
    // Without OPENAI_* settings the analyzer is the only scorer, and it has no test-retest.
    expect(report.scorers).toHaveLength(1);
    const [analyzer] = report.scorers;
    const [g, p] = [analyzed(good), analyzed(poor)];
    // Lines 3 and 4 are the same pair both ways round: one is ranked right, or both tie.
    const correct = g === p ? 0 : 1;
    expect(analyzer).toMatchObject({
      scorer: 'analyzer',
      pairs: { count: 2, correct, ties: g === p ? 2 : 0, accuracy: correct / 2 },
      // "Reviews." is too little to judge: its score is withheld, and left out of Spearman.
      overall: { count: 2, spearman: spearman([g, p], [85, 10]), withheld: 1 },
      failures: [],
    });
    expect(analyzer.pairs.wrong.map((w) => w.line)).toEqual(g === p ? [3, 4] : [g > p ? 4 : 3]);
    expect(Object.keys(analyzer.criteria)).toEqual(['structure', 'impact']);
    expect(analyzer.criteria.structure).toMatchObject({ count: 2 });
    expect(analyzer.retest).toBeUndefined();
    expect(t.err()).toBe(
      `eval: ${file}:8: ${report.input.skipped[0].error}\neval: ${file}:9: ${report.input.skipped[1].error}\n`,
    );
  });

  it('prints the same figures as text without --json', async () => {
    const t = io();
    expect(await runEval([file], t.io, {})).toBe(0);
    const text = t.out();
    expect(text).toContain('2 pairs, 3 scored answers (3 with an overall, 2 with criterion scores); 2 bad lines skipped: 8, 9');
    expect(text).toMatch(/pairs ranked right: \d of 2 \(\d+\.\d%\); ties, counted wrong: \d/);
    expect(text).toMatch(/wrong: line [34] \(better \d+, worse \d+\)/);
    expect(text).toMatch(/Spearman with the human overall: (-?\d\.\d\d|n\/a) \(2 answers, 1 withheld by the scorer\)/);
    expect(text).toMatch(/structure\s+2\s/);
  });

  it.each([
    ['a missing file', () => [join(dir, 'nope.jsonl')], 'no such file'],
    ['a directory', () => [dir], 'is a directory'],
    ['no file', () => [], 'Usage: eval FILE.jsonl'],
  ])('exits non-zero for %s', async (_label, args, message) => {
    const t = io();
    expect(await runEval(args(), t.io, {})).toBe(EXIT_UNREADABLE);
    expect(t.err()).toContain(message);
    expect(t.out()).toBe('');
  });
});
