import type { OwnershipMetrics } from '../types';
import type { Sentence } from '../text/tokenize';

// Subject forms only: "my team" or "told me" say nothing about who did the work.
const I_FORMS = new Set(['i', "i'm", "i've", "i'd", "i'll", 'myself']);
const WE_FORMS = new Set(['we', "we're", "we've", "we'd", "we'll", 'ourselves']);

export function measureOwnership(sentences: readonly Sentence[]): OwnershipMetrics {
  let iCount = 0;
  let weCount = 0;
  for (const sentence of sentences) {
    for (const word of sentence.words) {
      if (I_FORMS.has(word)) iCount++;
      else if (WE_FORMS.has(word)) weCount++;
    }
  }
  const total = iCount + weCount;
  return { iCount, weCount, ratio: total > 0 ? Math.round((iCount / total) * 100) / 100 : null };
}
