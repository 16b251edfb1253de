import { InvalidJudgementError, parseJudgement, quoteOccursIn } from './judgement';

const answer = 'I rewrote the “cart” query as one join. As a result, p95 latency fell from 2.1 s to 300 ms.';
const reply = (criteria: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    criteria,
    feedback: { stronger: 'a', communication: 'b', concerns: 'c' },
    actionItems: ['one', ' ', 'two', 'three', 'four'],
    followUpQuestion: 'Why a join?',
    ...extra,
  });
const criterion = (key: string, evidence = 'rewrote the "cart" query') => ({ key, score: 4, rationale: 'Fine.', evidence });

describe('quoteOccursIn', () => {
  it('ignores case, spacing, typographic quotes and edge punctuation', () => {
    expect(quoteOccursIn('  REWROTE the "cart"   query.', answer)).toBe(true);
  });
  it('accepts an elided quote whose parts occur in order', () => {
    expect(quoteOccursIn('I rewrote ... latency fell', answer)).toBe(true);
    expect(quoteOccursIn('latency fell ... I rewrote', answer)).toBe(false);
  });
  it('rejects words the answer does not contain', () => {
    expect(quoteOccursIn('latency fell to zero', answer)).toBe(false);
    expect(quoteOccursIn('...', answer)).toBe(false);
  });
});

describe('parseJudgement', () => {
  it('keeps verified quotes, drops made-up ones and caps action items at three', () => {
    const judged = parseJudgement(
      reply([criterion('impact', 'saved a million dollars'), criterion('structure')]),
      ['structure', 'impact'],
      answer,
    );
    expect(judged.criteria.map((c) => [c.key, c.evidence, c.evidenceRejected])).toEqual([
      ['structure', 'rewrote the "cart" query', false],
      ['impact', null, true],
    ]);
    expect(judged.actionItems).toEqual(['one', 'two', 'three']);
  });
  it('accepts an empty quote as "nothing supports this" without flagging', () => {
    expect(parseJudgement(reply([criterion('impact', '')]), ['impact'], answer).criteria[0]).toMatchObject({
      evidence: null,
      evidenceRejected: false,
    });
  });
  it.each([
    ['not JSON', 'Sure, here it is'],
    ['a missing criterion', reply([criterion('structure')])],
    ['an unknown criterion', reply([criterion('impact'), criterion('structure'), criterion('charm')])],
    ['a criterion twice', reply([criterion('impact'), criterion('impact'), criterion('structure')])],
    ['a score out of range', reply([{ ...criterion('impact'), score: 7 }, criterion('structure')])],
    ['a fractional score', reply([{ ...criterion('impact'), score: 3.5 }, criterion('structure')])],
    ['no follow-up question', reply([criterion('impact'), criterion('structure')], { followUpQuestion: '' })],
  ])('rejects %s', (_, content) => {
    expect(() => parseJudgement(content, ['impact', 'structure'], answer)).toThrow(InvalidJudgementError);
  });
});
