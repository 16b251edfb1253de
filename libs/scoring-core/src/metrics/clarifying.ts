import type { Sentence } from '../text/tokenize';

/**
 * A clarifying question is addressed to the interviewer ("Can I assume...?", "Do you mean...?"),
 * as opposed to a rhetorical question inside a story ("So what did I do?").
 */
const CLARIFYING_PHRASES =
  /\b(?:to clarify|just to clarify|let me clarify|clarifying question|could you clarify|can you clarify|before i (?:start|begin|dive in|answer),? (?:can|could|may) i ask|let me make sure i understand|do you mean|are you asking|am i right (?:that|in))\b/;
const DIRECTED_QUESTION =
  /^(?:(?:so|and|ok|okay|just|first),? )?(?:can|could|should|do|does|is|are|will|would|may|am|what|how|which)\b.*\b(?:you|we|i|assume|requirements?|constraints?|scale|expect(?:ed)?|budget|users?)\b/;
const RHETORICAL = /\b(?:what|how) (?:did|could|should|would|do|can) (?:i|we)\b|\bguess what\b|\bwhy not\b/;

export function askedClarifyingQuestion(sentences: readonly Sentence[], lower: string): boolean {
  if (CLARIFYING_PHRASES.test(lower)) return true;
  return sentences.some((s) => {
    if (!s.text.endsWith('?')) return false;
    const question = s.text.toLowerCase();
    return DIRECTED_QUESTION.test(question) && !RHETORICAL.test(question);
  });
}
