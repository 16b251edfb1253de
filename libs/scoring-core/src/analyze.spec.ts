import { analyzeAnswer } from './analyze';
import { FOLLOW_UP_FORM } from './feedback/compose-feedback';
import { DEFAULT_RUBRIC } from './rubric/default-rubric';
import type { QuestionInput } from './types';

const question: QuestionInput = {
  prompt: 'Tell me about a time you improved the reliability of a system.',
  type: 'BEHAVIORAL',
  competencies: ['Ownership', 'Problem solving'],
  talkingPoints: ['Root cause analysis', 'Measurable outcome', 'Prevention'],
  timeLimitSeconds: 150,
};
const answer =
  'At my last company our nightly data export failed about twice a week, and the finance team lost a morning each time. I owned the export, so my goal was to make it reliable before the quarter close. I did a root cause analysis of three months of logs and found that 70% of failures were timeouts against a single slow Postgres query. I added an index, split the export into batches of 10,000 rows, and set up an alert in Datadog so failures paged me instead of finance. As a result, failures dropped from eight a month to zero over the next quarter, and to prevent regressions I added the export to our load tests.';

describe('analyzeAnswer', () => {
  it('returns the full analysis with scores in range', () => {
    const result = analyzeAnswer(question, { text: answer, durationSeconds: 55, thinkingSeconds: 4 });
    expect(result.criteria.map((c) => c.key)).toEqual(DEFAULT_RUBRIC.criteria.map((c) => c.key));
    for (const c of result.criteria) {
      expect([1, 2, 3, 4, 5]).toContain(c.score);
      expect(c.rationale).toMatch(/\w/);
    }
    expect(result.overallScore).toBeGreaterThanOrEqual(80);
    expect(result.overallScore).toBeLessThanOrEqual(100);
    expect(result.metrics.star.result.found).toBe(true);
    expect(result.metrics.talkingPointCoverage.ratio).toBe(1);
    expect(result.metrics.quantifiedResults.map((q) => q.value)).toEqual(['eight', 'zero']);
    expect(result.redFlags).toEqual([]);
    expect(result.actionItems.length).toBeGreaterThanOrEqual(1);
    expect(result.actionItems.length).toBeLessThanOrEqual(3);
    expect(result.followUpQuestion).toMatch(FOLLOW_UP_FORM);
  });

  it('is deterministic', () => {
    const a = analyzeAnswer(question, { text: answer });
    const b = analyzeAnswer(question, { text: answer });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });

  it('estimates a missing duration at 140 wpm and says so', () => {
    const { metrics, feedback } = analyzeAnswer(question, { text: answer });
    expect(metrics.durationEstimated).toBe(true);
    expect(metrics.durationSeconds).toBe(Math.round((metrics.wordCount / 140) * 60));
    expect(metrics.wordsPerMinute).toBe(140);
    expect(feedback.communication).toContain('140 wpm');
  });

  it.each(['', '   \n\t  '])('withholds the score of an empty answer (%j)', (text) => {
    const result = analyzeAnswer(question, { text });
    expect(result).toMatchObject({ evidence: 'INSUFFICIENT', overallScore: null, criteria: [] });
    expect(result.redFlags.map((f) => f.code)).toEqual(['TOO_SHORT']);
    expect(result.metrics.wordCount).toBe(0);
    expect(result.followUpQuestion).toMatch(/\?$/);
  });

  it('scores a few-word answer low', () => {
    const result = analyzeAnswer(question, { text: 'I fixed the export with an index, failures dropped 90%.' });
    expect(result.redFlags.map((f) => f.code)).toContain('TOO_SHORT');
    expect(Math.max(...result.criteria.map((c) => c.score))).toBeLessThanOrEqual(3);
    expect(result.overallScore).toBeLessThan(50);
  });

  it('handles unicode text', () => {
    const result = analyzeAnswer(question, {
      text: 'À mon poste précédent, l’export échouait souvent. J’ai ajouté un index — les échecs ont baissé de 80 %. 我们的系统更稳定了。 🚀',
    });
    expect(result.metrics.wordCount).toBeGreaterThan(10);
    expect(result.overallScore).toBeGreaterThanOrEqual(0);
    expect(result.metrics.specifics.numbers).toBe(1);
  });

  it('treats words like "constructor" and "__proto__" as plain words', () => {
    const text =
      'Our constructor service kept failing in production. We rewrote the constructor and we patched __proto__ handling, and we added hasOwnProperty checks everywhere. As a result crashes dropped by 50%.';
    const result = analyzeAnswer(
      { prompt: 'Tell me about the toString bug.', talkingPoints: ['constructor', '__proto__'] },
      { text },
    );
    expect(result.followUpQuestion).toBe('How did you personally contribute when the team rewrote the constructor?');
    expect(result.metrics.talkingPointCoverage.ratio).toBe(1);
  });

  // Speed itself is measured by `npm run bench:scoring`; here only its shape, which holds on a busy machine too.
  it('takes time in proportion to the length of the answer', () => {
    const timed = (copies: number) => {
      const text = Array.from({ length: copies }, () => answer).join('\n');
      const started = performance.now();
      const result = analyzeAnswer(question, { text });
      return { ms: performance.now() - started, result };
    };
    // The fastest of three runs: a pause of the machine in one run does not count.
    const fastest = (copies: number) => Math.min(...[1, 2, 3].map(() => timed(copies).ms));
    const short = fastest(30);
    const long = timed(300);
    // Ten times the text: about ten times the work if linear, about a hundred if quadratic.
    expect(fastest(300) / short).toBeLessThan(40);
    expect(long.result.metrics.wordCount).toBeGreaterThan(30_000);
    expect(long.result.redFlags.map((f) => f.code)).toEqual(expect.arrayContaining(['RAMBLING', 'OVER_TIME']));
  });

  it('feedback cites the numbers behind it', () => {
    const filler = analyzeAnswer(question, {
      text: `Um, so, like, ${answer.replace(/\. /g, '. Um, you know, ')}`,
      durationSeconds: 200,
    });
    expect(filler.feedback.communication).toMatch(/\d+(\.\d)? fillers per 100 words/);
    expect(filler.feedback.communication).toContain('"um"');
    expect(filler.feedback.concerns).toMatch(/cut you off|nervous/);

    const noResult = analyzeAnswer(question, {
      text: 'At my last company our nightly export failed twice a week. I owned the export. I added an index and split the export into batches.',
    });
    expect(noResult.feedback.stronger).toMatch(/result/);
    expect(noResult.followUpQuestion).toBe(
      'How did you measure the outcome after you added an index and split the export into batches?',
    );
    expect(noResult.feedback.stronger + noResult.actionItems.join(' ')).toMatch(/Root cause analysis|Prevention/);
  });

  it('aims the follow-up at "we" answers with their own words', () => {
    const result = analyzeAnswer(question, {
      text: 'Our nightly export kept failing. We investigated the logs, we found a slow query, and we added an index. As a result failures dropped to zero.',
    });
    expect(result.followUpQuestion).toBe('How did you personally contribute when the team investigated the logs?');
  });
});
