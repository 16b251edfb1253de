import { agreementOf, addPairs, emptyMatrix } from '../agreement/kappa';
import { criterionAgreement, pairAccuracy, ranks, spearman } from './statistics';

describe('evaluation statistics', () => {
  it('ranks ties by the mean of the ranks they span', () => {
    expect(ranks([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(ranks([5, 5, 5])).toEqual([2, 2, 2]);
    expect(ranks([3, 1, 2])).toEqual([3, 1, 2]);
  });

  it('computes Spearman on tied ranks by hand', () => {
    // Ranks x = 1, 2.5, 2.5, 4 and y = 1, 3, 2, 4, both with mean 2.5.
    // Deviations x: -1.5, 0, 0, 1.5; y: -1.5, 0.5, -0.5, 1.5.
    // Sxy = 2.25 + 2.25 = 4.5; Sxx = 4.5; Syy = 2.25 + 0.25 + 0.25 + 2.25 = 5; rho = 4.5 / sqrt(22.5) = sqrt(0.9).
    expect(spearman([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(Math.sqrt(0.9), 12);
    // Without ties it is 1 - 6 * sum(d^2) / (n (n^2 - 1)): d = 0, 1, -1 gives 1 - 12 / 24 = 0.5.
    expect(spearman([1, 2, 3], [1, 3, 2])).toBeCloseTo(0.5, 12);
    expect(spearman([1, 2, 3], [30, 20, 10])).toBeCloseTo(-1, 12);
  });

  it('leaves Spearman undefined with under two answers or a constant side', () => {
    expect(spearman([50], [60])).toBeNull();
    expect(spearman([50, 50, 50], [10, 20, 30])).toBeNull();
    expect(() => spearman([1, 2], [1])).toThrow();
  });

  it('counts ties as wrong in ranking accuracy', () => {
    expect(
      pairAccuracy([
        [80, 40],
        [50, 50],
        [30, 60],
        [70, 69],
      ]),
    ).toEqual({ count: 4, correct: 2, ties: 1, accuracy: 0.5 });
    expect(pairAccuracy([])).toEqual({ count: 0, correct: 0, ties: 0, accuracy: null });
  });

  it('measures criterion agreement with the weighted kappa of the agreement report', () => {
    // The hand-computed case of kappa.spec.ts: kappa 0.8, exact 75%, within one 100%.
    const pairs: [number, number][] = [
      [1, 1],
      [2, 2],
      [2, 3],
      [3, 3],
    ];
    const matrix = emptyMatrix();
    for (const [scorer, human] of pairs) addPairs(matrix, scorer, human, 1);
    const agreement = criterionAgreement(pairs);
    expect(agreement).toEqual(agreementOf(matrix));
    expect(agreement).toMatchObject({ count: 4, exact: 0.75, withinOne: 1 });
    expect(agreement?.kappa).toBeCloseTo(0.8, 10);
    expect(criterionAgreement([])).toBeNull();
  });
});
