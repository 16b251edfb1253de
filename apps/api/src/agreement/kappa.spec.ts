import { addPairs, agreementOf, ConfusionMatrix, emptyMatrix, quadraticWeightedKappa } from './kappa';

const matrixOf = (pairs: [ai: number, coach: number][]): ConfusionMatrix => {
  const matrix = emptyMatrix();
  for (const [ai, coach] of pairs) addPairs(matrix, ai, coach, 1);
  return matrix;
};

describe('agreement figures', () => {
  it('matches hand-computed values', () => {
    // Pairs (1,1) (2,2) (2,3) (3,3). AI marginals 1, 2, 1; coach 1, 1, 2; N = 4.
    // Observed: sum of (i-j)^2 = 1. Expected: sum of (i-j)^2 * row_i * col_j / N = (9 + 6 + 5) / 4 = 5.
    // Kappa = 1 - 1/5 = 0.8 (scikit-learn's cohen_kappa_score(weights='quadratic') agrees).
    const figures = agreementOf(
      matrixOf([
        [1, 1],
        [2, 2],
        [2, 3],
        [3, 3],
      ]),
    );
    expect(figures.count).toBe(4);
    expect(figures.exact).toBe(0.75);
    expect(figures.withinOne).toBe(1);
    expect(figures.meanDifference).toBe(-0.25);
    expect(figures.kappa).toBeCloseTo(0.8, 10);
  });

  it('is -1 for opposite extremes and 0 when one rater never varies', () => {
    // (1,5) (5,1): observed 16 + 16 = 32, expected (16 * 1 * 1 + 16 * 1 * 1) / 2 = 16.
    expect(
      quadraticWeightedKappa(
        matrixOf([
          [1, 5],
          [5, 1],
        ]),
      ),
    ).toBeCloseTo(-1, 10);
    // The AI always says 3, the coach 2 or 4: observed 2, expected (1 * 2 * 1 + 1 * 2 * 1) / 2 = 2.
    expect(
      quadraticWeightedKappa(
        matrixOf([
          [3, 2],
          [3, 4],
        ]),
      ),
    ).toBeCloseTo(0, 10);
    const kinder = agreementOf(
      matrixOf([
        [5, 3],
        [4, 3],
        [3, 3],
      ]),
    );
    expect(kinder).toMatchObject({ exact: 1 / 3, withinOne: 2 / 3, meanDifference: 1 });
  });

  it('is undefined with one category only, or no pairs', () => {
    expect(
      quadraticWeightedKappa(
        matrixOf([
          [4, 4],
          [4, 4],
        ]),
      ),
    ).toBeNull();
    expect(quadraticWeightedKappa(emptyMatrix())).toBeNull();
  });
});
