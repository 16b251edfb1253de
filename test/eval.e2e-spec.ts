import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import type { EvalReport } from '../apps/api/src/eval/evaluate';
import { runEval } from '../apps/api/src/eval/main';
import { FakeLlm } from './support/fake-llm';

const question = {
  prompt: 'Tell me about a time you improved a process on your team.',
  type: 'BEHAVIORAL',
  talkingPoints: ['What was broken', 'How you measured the improvement'],
};
// 55 words: the fake model gives 3 of 5 on every criterion (1 + one point per 25 words), overall 50.
const long =
  'At my last company pull requests waited three days for review. I owned our delivery metrics, so I analyzed two months of data, found that most of the delay came from unclear ownership, and set up a rotating reviewer schedule with a Slack bot. The average wait fell from three days to five hours, and the team kept it.';
// Under 25 words: 1 of 5 everywhere, overall 0.
const short = 'We made reviews faster somehow and it was better.';

// Two distinct answers: the scored line repeats the pair's better answer, which the cache judges once.
const FILE = [
  JSON.stringify({ question, better: long, worse: short }),
  JSON.stringify({ question, answer: long, scores: { structure: 3, impact: 4 }, overall: 60 }),
].join('\n');

async function run(fake: FakeLlm, file: string, model = 'fake-judge'): Promise<EvalReport> {
  const stdout = new PassThrough();
  const env = { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'test-key', OPENAI_MODEL: model };
  expect(await runEval([file, '--json'], { stdin: Readable.from(['']), stdout, stderr: new PassThrough() }, env)).toBe(0);
  return JSON.parse((stdout.read() as Buffer).toString()) as EvalReport;
}

describe('npm run eval with an LLM judge (fake OpenAI-compatible server over HTTP)', () => {
  let fake: FakeLlm;
  let dir: string;
  let file: string;
  beforeAll(async () => {
    fake = await FakeLlm.start();
    dir = mkdtempSync(join(tmpdir(), 'eval-llm-'));
    file = join(dir, 'labelled.jsonl');
    writeFileSync(file, FILE);
  });
  afterEach(() => fake.reset());
  afterAll(async () => {
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('scores with the analyzer and the judge, and retests each answer past the cache', async () => {
    const report = await run(fake, file);
    expect(report.scorers.map((s) => s.scorer)).toEqual(['analyzer', 'llm:fake-judge']);
    const llm = report.scorers[1];
    expect(llm).toMatchObject({
      pairs: { count: 1, correct: 1, ties: 0, accuracy: 1, wrong: [] },
      overall: { count: 1, spearman: null, withheld: 0 },
      criteria: { structure: { count: 1, exact: 1 }, impact: { count: 1, exact: 0, withinOne: 1 } },
      failures: [],
      retest: { answers: 2, meanAbsDifference: 0, maxAbsDifference: 0, identical: 1 },
    });
    // First pass: one call per distinct answer (the repeated one comes from the cache); then one
    // more per answer for the retest, which the cache would otherwise have answered.
    expect(fake.requests.map(FakeLlm.answerOf)).toEqual([long, short, long, short]);
    expect(fake.requests.every((r) => r.model === 'fake-judge' && r.temperature === 0)).toBe(true);
  });

  it('measures the spread when the model answers differently the second time', async () => {
    // First pass long, short; retest long (one point kinder: overall 75 instead of 50), short (same).
    fake.next('valid', 'valid', 'generous', 'valid');
    const { retest } = (await run(fake, file)).scorers[1];
    expect(retest).toEqual({ answers: 2, meanAbsDifference: 12.5, maxAbsDifference: 25, identical: 0.5 });
  });

  it('reports the lines the judge could not score and goes on', async () => {
    // The pair's better answer gets a reply that is not JSON: the pair is left out, the scored line is judged.
    fake.next('invalid-json');
    const llm = (await run(fake, file)).scorers[1];
    expect(llm.failures).toEqual([{ line: 1, error: 'the reply is not JSON' }]);
    expect(llm.pairs.count).toBe(0);
    expect(llm.overall.count).toBe(1);
  });

  it("reports each model of a panel and the panel's median from the same calls", async () => {
    fake.byModel = { 'judge-b': 'generous' };
    const report = await run(fake, file, 'judge-a,judge-b,judge-c');
    expect(report.scorers.map((s) => s.scorer)).toEqual([
      'analyzer',
      'llm:judge-a',
      'llm:judge-b',
      'llm:judge-c',
      'llm:judge-a + judge-b + judge-c',
    ]);
    // The scored line: 3 of 5 from judge-a and judge-c, 4 from judge-b; the panel keeps 3.
    const structure = (i: number) => report.scorers[i].criteria.structure;
    expect([1, 2, 3, 4].map((i) => structure(i)?.exact)).toEqual([1, 0, 1, 1]);
    // Each model judged each distinct answer once, and once more for its retest; the panel asked nobody again.
    expect(fake.requests).toHaveLength(3 * 2 * 2);
  });

  it('does not ask the judge about an answer with too little to judge: its score is withheld', async () => {
    const withheldFile = join(dir, 'withheld.jsonl');
    writeFileSync(withheldFile, JSON.stringify({ question, answer: 'Um, not sure.', overall: 5 }));
    const report = await run(fake, withheldFile);
    expect(report.scorers.map((s) => s.overall.withheld)).toEqual([1, 1]);
    expect(fake.requests).toEqual([]);
  });
});
