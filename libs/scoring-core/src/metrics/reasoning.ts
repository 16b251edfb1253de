import type { ReasoningMetrics } from '../types';
import { phraseRegExp } from '../text/word-lists';

/** Organization markers interviewers look for in technical, design and case answers. */
const SIGNPOSTS = phraseRegExp([
  'first',
  'firstly',
  'second',
  'secondly',
  'third',
  'thirdly',
  'next',
  'after that',
  'finally',
  'lastly',
  'to start',
  'to begin',
  'step one',
  'step two',
  'the first step',
  'the next step',
  'on one hand',
  'then i would',
  "then i'd",
]);
const TRADEOFFS =
  /\b(?:trade-?offs?|pros and cons|downsides?|drawbacks?|on the other hand|alternatively|the alternative|the cost of|at the expense of|versus|vs\.?|compared (?:to|with)|instead of|rather than|the catch)\b/;
const ASSUMPTIONS =
  /\b(?:assum(?:e|ing|ption|ptions)|requirements?|constraints?|clarify|it depends|depends on|given that|let's say|out of scope|in scope)\b/;
const CONCLUSION =
  /\b(?:in summary|to summari[sz]e|to sum up|in short|in conclusion|overall|all in all|bottom line|my recommendation|i would recommend|i'd recommend|i would go with|i'd go with|i would choose|i'd choose|so the answer is|that's how i would|that is how i would)\b/;

export function reasoningSignals(lower: string): ReasoningMetrics {
  const signposts = new Set([...lower.matchAll(SIGNPOSTS)].map((m) => m[0])).size;
  return {
    signposts,
    considersTradeoffs: TRADEOFFS.test(lower),
    statesAssumptions: ASSUMPTIONS.test(lower),
    hasConclusion: CONCLUSION.test(lower),
  };
}
