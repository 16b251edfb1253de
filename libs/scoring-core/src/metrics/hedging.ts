import type { HedgingMetrics } from '../types';
import { phraseRegExp } from '../text/word-lists';

// Longest phrases win, so "I think maybe" counts once rather than as "maybe" too.
const HEDGES = phraseRegExp([
  'i think maybe',
  'i think probably',
  'i guess',
  "i'm not sure",
  'i am not sure',
  'not sure',
  'not really sure',
  "i'm not certain",
  "i don't know",
  "i don't really know",
  'i dunno',
  'probably',
  'maybe',
  'perhaps',
  'possibly',
  'presumably',
  'i suppose',
  'hopefully',
  'somewhat',
  'more or less',
  'if i remember correctly',
  'if i recall',
  'i might be wrong',
  'could be wrong',
  'i hope',
]);

export function findHedges(lower: string): HedgingMetrics {
  const phrases = [...lower.matchAll(HEDGES)].map((m) => m[0].replace(/\s+/g, ' '));
  return { count: phrases.length, phrases };
}
