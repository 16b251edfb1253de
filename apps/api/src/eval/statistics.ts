import { addPairs, Agreement, agreementOf, emptyMatrix } from '../agreement/kappa';

/** 1-based ranks; tied values share the mean of the ranks they span. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const result = new Array<number>(values.length);
  for (let start = 0; start < order.length;) {
    let end = start;
    while (end + 1 < order.length && order[end + 1].value === order[start].value) end++;
    const shared = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) result[order[i].index] = shared;
    start = end + 1;
  }
  return result;
}

function pearson(xs: readonly number[], ys: readonly number[]): number | null {
  const n = xs.length;
  const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / n;
  const [mx, my] = [mean(xs), mean(ys)];
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

/**
 * Spearman's rank correlation: Pearson's on the ranks, so ties are handled exactly. Null when it is
 * undefined: fewer than two pairs, or one side gives every answer the same score.
 */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length) throw new Error('spearman needs two lists of the same length');
  if (xs.length < 2) return null;
  return pearson(ranks(xs), ranks(ys));
}

export interface PairAccuracy {
  count: number;
  correct: number;
  /** Same score for both answers: counted as wrong, since the scorer did not tell them apart. */
  ties: number;
  /** correct / count; null without pairs. */
  accuracy: number | null;
}

/** Ranking accuracy over [better, worse] score pairs. */
export function pairAccuracy(pairs: readonly (readonly [better: number, worse: number])[]): PairAccuracy {
  const correct = pairs.filter(([better, worse]) => better > worse).length;
  const ties = pairs.filter(([better, worse]) => better === worse).length;
  return { count: pairs.length, correct, ties, accuracy: pairs.length ? correct / pairs.length : null };
}

/** Agreement of a scorer with people on one 1..5 criterion (quadratic weighted kappa and friends); null without pairs. */
export function criterionAgreement(pairs: readonly (readonly [scorer: number, human: number])[]): Agreement | null {
  if (!pairs.length) return null;
  const matrix = emptyMatrix();
  for (const [scorer, human] of pairs) addPairs(matrix, scorer, human, 1);
  return agreementOf(matrix);
}
