export interface Stats {
  median: number;
  p95: number;
}

/** Median and 95th percentile of timings. */
export const stats = (samples: number[]): Stats => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))],
  };
};
