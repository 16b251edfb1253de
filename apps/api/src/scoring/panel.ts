import type { Judgement } from './judgement';

/** One model's judgement of an answer. */
export interface ModelJudgement {
  model: string;
  judgement: Judgement;
}

/** The lower median: with an even count the more cautious of the two middle scores, so it is a score a model gave. */
const median = (scores: readonly number[]): number => [...scores].sort((a, b) => a - b)[Math.floor((scores.length - 1) / 2)];

/**
 * Several models' judgements of one answer as one: each criterion's score is the median of theirs, with
 * the rationale and evidence of a model that gave that score; the written feedback, action items and
 * follow-up come from the model whose scores are closest to the medians (the first such, in order).
 * Judgements list the rubric's criteria in the same order.
 */
export function combineJudgements(judged: readonly ModelJudgement[]): Judgement {
  if (judged.length === 1) return judged[0].judgement;
  const medians = judged[0].judgement.criteria.map((_, i) => median(judged.map((j) => j.judgement.criteria[i].score)));
  const criteria = medians.map((score, i) => judged.find((j) => j.judgement.criteria[i].score === score)!.judgement.criteria[i]);
  const distance = (j: ModelJudgement) => j.judgement.criteria.reduce((sum, c, i) => sum + Math.abs(c.score - medians[i]), 0);
  const closest = judged.reduce((best, j) => (distance(j) < distance(best) ? j : best));
  return { ...closest.judgement, criteria };
}
