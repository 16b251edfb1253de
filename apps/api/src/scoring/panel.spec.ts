import type { Judgement } from './judgement';
import { combineJudgements } from './panel';

const judgement = (model: string, scores: number[]): { model: string; judgement: Judgement } => ({
  model,
  judgement: {
    criteria: scores.map((score, i) => ({
      key: `c${i}`,
      score,
      rationale: `${model} gave ${score}`,
      evidence: `${model} quote`,
      evidenceRejected: false,
    })),
    feedback: { stronger: `${model} stronger`, communication: `${model} style`, concerns: `${model} concerns` },
    actionItems: [`${model} item`],
    followUpQuestion: `How would ${model} ask?`,
  },
});

describe('combineJudgements', () => {
  it('takes the median of each criterion, with the words of a model that gave it', () => {
    const combined = combineJudgements([judgement('a', [5, 2, 3]), judgement('b', [3, 4, 3]), judgement('c', [4, 4, 1])]);
    expect(combined.criteria.map((c) => c.score)).toEqual([4, 4, 3]);
    expect(combined.criteria.map((c) => c.rationale)).toEqual(['c gave 4', 'b gave 4', 'a gave 3']);
    expect(combined.criteria[0].evidence).toBe('c quote');
    // b is closest to the medians (1 + 0 + 0): its feedback, action items and follow-up.
    expect(combined.feedback.stronger).toBe('b stronger');
    expect(combined.actionItems).toEqual(['b item']);
    expect(combined.followUpQuestion).toBe('How would b ask?');
  });

  it('takes the lower of the two middle scores when the models are an even number', () => {
    const combined = combineJudgements([judgement('a', [5, 1]), judgement('b', [2, 2])]);
    expect(combined.criteria.map((c) => c.score)).toEqual([2, 1]);
    expect(combined.criteria.map((c) => c.rationale)).toEqual(['b gave 2', 'a gave 1']);
  });

  it("is one model's judgement unchanged", () => {
    const one = judgement('a', [3, 4]);
    expect(combineJudgements([one])).toBe(one.judgement);
  });

  it('lets no single model lift the score: an outlier that obeyed an injected instruction is outvoted', () => {
    const combined = combineJudgements([judgement('a', [2, 2]), judgement('fooled', [5, 5]), judgement('c', [2, 3])]);
    expect(combined.criteria.map((c) => c.score)).toEqual([2, 3]);
    expect(combined.feedback.stronger).not.toBe('fooled stronger');
  });
});
