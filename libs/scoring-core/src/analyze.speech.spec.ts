import { analyzeAnswer } from './analyze';
import type { AnswerInput, QuestionInput, SpokenWord } from './types';

const question: QuestionInput = { prompt: 'Tell me about a time you handled an angry customer.', type: 'BEHAVIORAL' };
const story =
  'Last year an angry customer called because their invoices were wrong for three months. My job was to fix it before their renewal. I pulled the billing logs, found a currency bug, and refunded $2,300 the same day. As a result, the customer renewed and support tickets about invoices dropped by 60%.';

/** The text spoken from `start`, 0.4 s a word (150 wpm), with a silence after the word at each index of `pauses`. */
function say(text: string, start: number, pauses: Record<number, number> = {}): SpokenWord[] {
  let at = start;
  return text.split(/\s+/).map((word, i) => {
    const spoken = { word, start: at, end: at + 0.4 };
    at = spoken.end + (pauses[i] ?? 0);
    return spoken;
  });
}

const spoken = (text: string, start: number, pauses: Record<number, number> = {}): AnswerInput['speech'] => {
  const words = say(text, start, pauses);
  return { durationSeconds: words[words.length - 1].end + 1, words, segments: [] };
};
const codes = (q: QuestionInput, a: AnswerInput) => analyzeAnswer(q, a).redFlags.map((f) => f.code);

describe('analyzeAnswer with speech', () => {
  it('leaves a typed answer as it was', () => {
    const typed = analyzeAnswer(question, { text: story, durationSeconds: 22 });
    expect(typed.metrics.speech).toBeNull();
    expect(typed.metrics).toMatchObject({ durationSeconds: 22, durationEstimated: false, wordsPerMinute: 145 });
  });

  it('takes pace, fillers and the silence before the first word from the recording, content from the text', () => {
    // The candidate corrected the transcript: the fillers are out of the text but were said.
    const said = `Um, ${story.replace('I pulled', 'uh, I pulled, like, um')}`;
    const typed = analyzeAnswer(question, { text: story });
    const analysis = analyzeAnswer(question, { text: story, thinkingSeconds: 3, speech: spoken(said, 2) });
    const words = said.split(/\s+/).length;
    expect(analysis.metrics).toMatchObject({
      wordCount: typed.metrics.wordCount,
      durationSeconds: Math.round(words * 0.4 * 100) / 100,
      durationEstimated: false,
      // The tokenizer's words ("$2,300" is two) over the speaking time.
      wordsPerMinute: analysis.metrics.speech!.wordsPerMinute,
      // 3 s before the recording started and 2 s into it.
      thinkingSeconds: 5,
      fillerWords: { total: 4, breakdown: { um: 2, uh: 1, like: 1 } },
    });
    expect(analysis.metrics.speech).toMatchObject({ timing: 'WORD', pauseCount: 0, silenceBeforeFirstWordSeconds: 2 });
    // Content is judged on the text alone.
    expect(analysis.metrics.star).toEqual(typed.metrics.star);
    expect(analysis.criteria.find((c) => c.dimension === 'impact')).toEqual(typed.criteria.find((c) => c.dimension === 'impact'));
    expect(analysis.feedback.communication + analysis.actionItems.join(' ')).toMatch(/spoken fillers/i);
  });

  it('ignores a typed duration when the recording gives the speaking time', () => {
    const analysis = analyzeAnswer(question, { text: story, durationSeconds: 400, speech: spoken(story, 1) });
    expect(analysis.metrics.durationSeconds).toBeLessThan(30);
    expect(analysis.redFlags.map((f) => f.code)).not.toContain('RAMBLING');
  });

  it('LONG_SILENCE for a long silence before the first word of the recording', () => {
    expect(codes(question, { text: story, speech: spoken(story, 31) })).toEqual(['LONG_SILENCE']);
    expect(codes(question, { text: story, speech: spoken(story, 29) })).toEqual([]);
  });

  it('LONG_SILENCE for a long pause within the answer, and the feedback speaks of it', () => {
    const analysis = analyzeAnswer(question, { text: story, speech: spoken(story, 1, { 20: 12 }) });
    expect(analysis.redFlags).toEqual([
      expect.objectContaining({ code: 'LONG_SILENCE', message: expect.stringMatching(/12 s pause/) }),
    ]);
    expect(`${analysis.feedback.communication} ${analysis.actionItems.join(' ')}`).toMatch(/pause/);
    expect(codes(question, { text: story, speech: spoken(story, 1, { 20: 9 }) })).toEqual([]);
  });

  it('tells a choppy answer about its pauses', () => {
    // A 2 s pause after every fifth word: 10 pauses.
    const pauses = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [i * 5 + 4, 2]));
    const analysis = analyzeAnswer(question, { text: story, speech: spoken(story, 1, pauses) });
    expect(analysis.metrics.speech).toMatchObject({ pauseCount: 10, longestPauseSeconds: 2 });
    expect(`${analysis.feedback.communication} ${analysis.actionItems.join(' ')}`).toMatch(/10 pauses/);
  });

  it('RAMBLING over three minutes of speaking, OVER_TIME counting the silence before it', () => {
    // 9 x 53 words at 150 wpm: over 3 minutes of speaking; the text unchanged.
    const long = Array.from({ length: 9 }, () => story).join(' ');
    expect(codes(question, { text: story, speech: spoken(long, 1) })).toEqual(['RAMBLING']);
    // 22 s of speaking after 10 s of silence, against a 30 s limit.
    expect(codes({ ...question, timeLimitSeconds: 30 }, { text: story, speech: spoken(story, 10) })).toEqual(['OVER_TIME']);
    expect(codes({ ...question, timeLimitSeconds: 30 }, { text: story, speech: spoken(story, 5) })).toEqual([]);
  });

  it('is deterministic', () => {
    const input = { text: story, speech: spoken(`Um, ${story}`, 2, { 10: 3 }) };
    expect(analyzeAnswer(question, input)).toEqual(analyzeAnswer(question, input));
  });
});
