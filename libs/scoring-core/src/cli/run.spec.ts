import { Readable, Writable } from 'node:stream';
import { analyzeLines } from './run';

function collect(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const good = JSON.stringify({
  question: { prompt: 'Tell me about a time you led a project.', type: 'BEHAVIORAL' },
  answer: {
    text: 'Last year I led the migration of our billing service to Stripe. I planned the cutover and wrote the runbook. As a result we moved 4,000 customers with zero downtime.',
    durationSeconds: 15,
  },
});

describe('analyzeLines', () => {
  it('writes one result per line, an error line for bad input, and skips blank lines', async () => {
    const out = collect();
    const input = Readable.from([`\uFEFF${good}\n\n`, '{"question":{"prompt":"p"}}\n', `   \n${good}`]);
    const summary = await analyzeLines(input, out.stream);
    expect(summary).toEqual({ analyzed: 2, failed: 1 });
    const lines = out.lines();
    expect(lines.map((l) => l.line)).toEqual([1, 3, 5]);
    expect(lines[1]).toEqual({ line: 3, error: 'answer must be an object' });
    expect(lines[0]).toMatchObject({
      overallScore: expect.any(Number),
      evidence: 'SUFFICIENT',
      redFlags: expect.any(Array),
      followUpQuestion: expect.any(String),
    });
    expect(Object.keys((lines[0].criteria as object[])[0])).toEqual(['key', 'name', 'weight', 'score', 'rationale']);
    expect(lines[0].metrics).toMatchObject({ wordCount: expect.any(Number), fillerWords: expect.any(Object) });
  });

  it('prints a null score and the reason when there is too little to judge', async () => {
    const out = collect();
    const line = JSON.stringify({
      question: { prompt: 'Tell me about a time you led a project.' },
      answer: { text: 'I led one.' },
    });
    await analyzeLines(Readable.from([line]), out.stream);
    const [result] = out.lines();
    expect(result).toMatchObject({
      overallScore: null,
      evidence: 'INSUFFICIENT',
      evidenceReason: expect.stringMatching(/^Your answer has 3 words: too few to judge/),
      criteria: [],
      actionItems: [expect.any(String)],
    });
  });

  it('rejects when the input stream fails', async () => {
    const input = new Readable({
      read() {
        this.destroy(new Error('disk gone'));
      },
    });
    await expect(analyzeLines(input, collect().stream)).rejects.toThrow('disk gone');
  });
});
