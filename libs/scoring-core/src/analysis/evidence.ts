import type { AnswerInput, QuestionInput } from '../types';
import { countFillers } from '../metrics/fillers';
import { joinList, plural } from '../text/format';
import type { ParsedText } from '../text/tokenize';
import { THRESHOLDS } from './thresholds';
import { copiedWordCount, questionSources } from './unearned';

export interface EvidenceInput {
  question: QuestionInput;
  answer: AnswerInput;
  /** The answer without the sentences addressed to the grader. */
  parsed: ParsedText;
  /** Words in the sentences left out for speaking to the grader. */
  graderWords: number;
}

const SAY_MORE = 'Answer the question in a few sentences, with a reason or an example, so it can be judged.';

const isSilent = (speech: AnswerInput['speech']): boolean =>
  speech !== undefined && speech.words.length === 0 && speech.segments.every((s) => s.text.trim() === '');

/**
 * Why there is too little in the answer to judge it, or null when there is enough. Decided from the
 * answer's own words alone (what is left once fillers, runs of words copied from the question and
 * text addressed to the grader are taken out), so it holds for any question.
 */
export function insufficientEvidence({ question, answer, parsed, graderWords }: EvidenceInput): string | null {
  if (parsed.wordCount === 0 && graderWords === 0) {
    return isSilent(answer.speech)
      ? 'The recording has no speech in it: check that your microphone is on and answer out loud, in a few sentences.'
      : `No answer was given. ${SAY_MORE}`;
  }
  const fillers = countFillers(parsed.sentences, parsed.wordCount).total;
  const copied = copiedWordCount(parsed.sentences, questionSources(question));
  const own = Math.max(0, parsed.wordCount - fillers - copied);
  if (own >= THRESHOLDS.minEvidenceWords) return null;
  const discounted = [
    fillers > 0 && 'fillers',
    copied > 0 && "the question's own words",
    graderWords > 0 && 'text addressed to the grader',
  ].filter((d): d is string => typeof d === 'string');
  const counted = discounted.length > 0 ? ` of your own (not counting ${joinList(discounted)})` : '';
  return `Your answer has ${plural(own, 'word')}${counted}: too few to judge. ${SAY_MORE}`;
}
