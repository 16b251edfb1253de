import { analyzeAnswer } from '../analyze';
import type { AnswerInput, QuestionInput, RedFlagCode } from '../types';

const codes = (q: QuestionInput, a: AnswerInput): RedFlagCode[] => analyzeAnswer(q, a).redFlags.map((f) => f.code);

const behavioral: QuestionInput = { prompt: 'Tell me about a time you handled an angry customer.', type: 'BEHAVIORAL' };
const story =
  'Last year an angry customer called because their invoices were wrong for three months. My job was to fix it before their renewal. I pulled the billing logs, found a currency bug, and refunded $2,300 the same day. As a result, the customer renewed and support tickets about invoices dropped by 60%.';

describe('red flags', () => {
  it('raises none for a solid, timely answer', () => {
    expect(codes(behavioral, { text: story, durationSeconds: 22, thinkingSeconds: 5 })).toEqual([]);
  });
  it('TOO_SHORT for a few words', () => {
    expect(codes(behavioral, { text: 'I fixed it.' })).toContain('TOO_SHORT');
  });
  it('RAMBLING past three minutes and OVER_TIME past the limit', () => {
    expect(codes({ ...behavioral, timeLimitSeconds: 120 }, { text: story, durationSeconds: 200 })).toEqual(
      expect.arrayContaining(['RAMBLING', 'OVER_TIME']),
    );
    expect(codes({ ...behavioral, timeLimitSeconds: 20 }, { text: story, durationSeconds: 22 })).toEqual(['OVER_TIME']);
  });
  it('LONG_SILENCE over 30 seconds of thinking', () => {
    expect(codes(behavioral, { text: story, durationSeconds: 22, thinkingSeconds: 45 })).toEqual(['LONG_SILENCE']);
  });
  it('MISSING_RESULT only where STAR applies', () => {
    const noResult =
      'Last year an angry customer called about wrong invoices. My job was to fix it. I pulled the billing logs and found a currency bug in our Stripe integration.';
    expect(codes(behavioral, { text: noResult })).toContain('MISSING_RESULT');
    expect(codes({ prompt: behavioral.prompt }, { text: noResult })).toContain('MISSING_RESULT');
    expect(codes({ ...behavioral, type: 'TECHNICAL' }, { text: noResult })).not.toContain('MISSING_RESULT');
  });
  it('NO_SPECIFICS without numbers, names or tools', () => {
    expect(
      codes(behavioral, {
        text: 'A customer was upset about something, so I talked to them and fixed the issue, and in the end they were happy with how it went.',
      }),
    ).toContain('NO_SPECIFICS');
  });
  it('OFF_TOPIC when the answer ignores the question', () => {
    const q: QuestionInput = { prompt: 'How would you design a distributed cache for product pages?', type: 'SYSTEM_DESIGN' };
    expect(
      codes(q, {
        text: 'I really enjoy mentoring junior colleagues and organizing our book club every month. Last time we read a novel about sailing around the world, and I brought homemade bread for everyone who came along.',
      }),
    ).toContain('OFF_TOPIC');
  });
  it('delivery flags: fillers, hedging, pace, and "we" only for stories', () => {
    expect(codes(behavioral, { text: `Um, so, like, ${story} Um, you know, it was, like, um, fine.` })).toContain('FILLER_HEAVY');
    expect(codes(behavioral, { text: `I guess maybe it was probably fine, I'm not sure. ${story}` })).toContain(
      'EXCESSIVE_HEDGING',
    );
    expect(codes(behavioral, { text: story, durationSeconds: 15 })).toContain('PACE_TOO_FAST');
    expect(codes(behavioral, { text: story, durationSeconds: 60 })).toContain('PACE_TOO_SLOW');
    const weStory =
      'Last year an angry customer called about wrong invoices. We had to fix it before their renewal. We pulled the billing logs, we found a currency bug, and we refunded $2,300. As a result, the customer renewed.';
    expect(codes(behavioral, { text: weStory })).toContain('LOW_OWNERSHIP');
    expect(codes({ ...behavioral, type: 'CODING' }, { text: weStory })).not.toContain('LOW_OWNERSHIP');
  });
  it('cite the numbers behind them', () => {
    const flags = analyzeAnswer(behavioral, { text: story, durationSeconds: 200, thinkingSeconds: 45 }).redFlags;
    expect(flags.find((f) => f.code === 'RAMBLING')?.message).toContain('3:20');
    expect(flags.find((f) => f.code === 'LONG_SILENCE')?.message).toContain('45 s');
  });
});
