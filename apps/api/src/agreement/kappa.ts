/** Rubric scores run 1..5: a confusion matrix is 5 x 5, rows the AI's score, columns the coach's. */
export const SCALE = 5;

export type ConfusionMatrix = number[][];

export const emptyMatrix = (): ConfusionMatrix => Array.from({ length: SCALE }, () => new Array<number>(SCALE).fill(0));

/** Adds `count` pairs where the AI gave `ai` and the coach `coach` (both 1..5). */
export function addPairs(matrix: ConfusionMatrix, ai: number, coach: number, count: number): void {
  matrix[ai - 1][coach - 1] += count;
}

export function addMatrix(into: ConfusionMatrix, from: ConfusionMatrix): void {
  from.forEach((row, i) => row.forEach((count, j) => (into[i][j] += count)));
}

export interface Agreement {
  count: number;
  /** Share of pairs with the same score. */
  exact: number;
  /** Share of pairs at most one point apart. */
  withinOne: number;
  /** Mean of AI minus coach: positive when the AI is kinder. */
  meanDifference: number;
  /** Null when undefined (no pairs, or chance alone explains every pair, e.g. one category only). */
  kappa: number | null;
}

/** The agreement figures of a non-empty matrix. */
export function agreementOf(matrix: ConfusionMatrix): Agreement {
  let count = 0;
  let exact = 0;
  let withinOne = 0;
  let difference = 0;
  matrix.forEach((row, i) =>
    row.forEach((n, j) => {
      count += n;
      if (i === j) exact += n;
      if (Math.abs(i - j) <= 1) withinOne += n;
      difference += (i - j) * n;
    }),
  );
  return {
    count,
    exact: exact / count,
    withinOne: withinOne / count,
    meanDifference: difference / count,
    kappa: quadraticWeightedKappa(matrix),
  };
}

/**
 * Cohen's kappa with quadratic weights, (i - j)^2 / (SCALE - 1)^2: 1 - sum(w * observed) / sum(w * expected),
 * where expected comes from the two raters' marginals as if they scored independently.
 */
export function quadraticWeightedKappa(matrix: ConfusionMatrix): number | null {
  const rows = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const columns = matrix[0].map((_, j) => matrix.reduce((sum, row) => sum + row[j], 0));
  const total = rows.reduce((a, b) => a + b, 0);
  if (!total) return null;
  let observed = 0;
  let expected = 0;
  matrix.forEach((row, i) =>
    row.forEach((n, j) => {
      const weight = (i - j) ** 2 / (SCALE - 1) ** 2;
      observed += weight * n;
      expected += (weight * rows[i] * columns[j]) / total;
    }),
  );
  return expected === 0 ? null : 1 - observed / expected;
}
