/** Anything carrying a 1..5 score and a weight: analyzer output or a coach's override. */
export interface WeightedScore {
  score: number;
  weight: number;
}

/**
 * Rubric math: the weighted mean of (score - 1) / 4, as 0..100. Scores are clamped to 1..5;
 * criteria with a non-positive or non-finite weight are ignored. No usable criteria -> 0.
 */
export function weightedOverall(criteria: readonly WeightedScore[]): number {
  let weighted = 0;
  let totalWeight = 0;
  for (const { score, weight } of criteria) {
    if (!Number.isFinite(weight) || weight <= 0 || !Number.isFinite(score)) continue;
    const clamped = Math.min(5, Math.max(1, score));
    weighted += weight * ((clamped - 1) / 4);
    totalWeight += weight;
  }
  return totalWeight > 0 ? Math.round((weighted / totalWeight) * 100) : 0;
}
