import type { QuestionInput, RedFlag } from '../types';
import { quoteList } from '../text/format';
import { detectLanguage, englishFunctionShare, isEnglishFunctionWord } from '../text/language';
import { normalizeText } from '../text/normalize';
import { GENERIC_TERMS } from '../metrics/coverage';
import { TermSet, contentTerms } from '../text/terms';
import { isTopicConcept } from '../text/concepts';
import { THRESHOLDS } from './thresholds';
import { ungrammaticalPairs } from './word-salad';
import { type ParsedText, type Sentence, tokenizeSentence } from '../text/tokenize';

/**
 * Answers whose score would not be earned by their content: words lifted from the question, a list
 * of its talking points, text that is not words, another language, or a note to the grader. Each is
 * recognised from properties of the text (sentence shape, overlap with the question, character
 * patterns, function words), so a new prompt or a new trick of the same kind is caught alike.
 */

/** Share of the answer's words inside word sequences taken from the question or its talking points. */
const COPIED_SHARE = 0.5;
/** Word sequences this long are copied text, not shared vocabulary. */
const COPIED_NGRAM = 3;
/** Words in fragments (no clause) beyond this share make the answer a list rather than sentences. */
const FRAGMENT_SHARE = 0.5;
/** Share of a list's terms that are the question's own, for the list to be the question's talking points. */
const LISTED_SHARE = 0.4;
/** Below this share of its own terms an answer only restates the question's. */
const NOVEL_TERM_SHARE = 0.3;
const NOVEL_MIN_QUESTION_TERMS = 3;
/** Words that do not look like words (keyboard mashing, random letters). */
const NONWORD_SHARE = 0.3;
/** Real English prose has 30-50% function words; strings of real words without grammar have few. */
const MIN_FUNCTION_SHARE = 0.08;
/** Word pairs no sentence has ("the of"): a typo makes one, a string of keywords many. */
const SALAD_MIN_PAIRS = 2;
const SALAD_PAIR_SHARE = 0.02;
/** Distinct words per word below which the answer repeats itself. */
const MIN_DISTINCT_SHARE = 0.3;
/**
 * A fluent answer to another question shares a word or two with any prompt ("keep", "system"); one on
 * topic uses several of the question's own terms, or keeps returning to one of them.
 */
const OFF_TOPIC_MAX_HITS = 1;
const OFF_TOPIC_MIN_QUESTION_TERMS = 3;
const OFF_TOPIC_FOCUS = 0.05;
/**
 * Mentions of the prompt's own subject that make an answer about it, however long; a short answer
 * naming it once is about it too (a long answer to another question names it once in passing).
 */
const OFF_TOPIC_PROMPT_MENTIONS = 2;
const OFF_TOPIC_PROMPT_FOCUS = 0.025;
/** Texts shorter than this are judged by TOO_SHORT, not here. */
const MIN_WORDS = 6;
/** An answer this much addressed to the grader is not an answer. */
const GRADER_SHARE = 0.35;

const AUXILIARIES = new Set(
  `is are was were be been being am have has had do does did will would can could should may might must
  shall i we you he she they it there`.split(/\s+/),
);

/** A clause has a verb: an auxiliary or subject pronoun, or a past-tense or gerund form. */
function isClause(words: readonly string[]): boolean {
  if (words.length < 4) return false;
  const functionWords = words.filter(isEnglishFunctionWord).length;
  const verbCue = words.some((w) => AUXILIARIES.has(w) || /^[a-z]{3,}(?:ed|ing)$/.test(w) || /'(?:s|re|ve|ll|d|m)$/.test(w));
  return verbCue ? functionWords >= 1 : functionWords >= 3 && words.length >= 6;
}

/** Words per comma-separated piece below which a "sentence" is a list ("Conflict, coworker, raised it, resolved."). */
const LIST_PIECE_WORDS = 2.5;

/** Pieces of a sentence: the sentence itself, or its items when it is a list or no clause. */
function pieces(sentence: Sentence): string[][] {
  const out: string[][] = [[]];
  sentence.words.forEach((w, i) => {
    out[out.length - 1].push(w);
    if (sentence.pauseAfter[i]) out.push([]);
  });
  const items = out.filter((p) => p.length > 0);
  const isList = items.length >= 3 && sentence.words.length / items.length < LIST_PIECE_WORDS;
  return !isList && isClause(sentence.words) ? [sentence.words] : items;
}

function looksLikeWord(raw: string): boolean {
  if (/\d/.test(raw) || /^\p{Lu}{2,}s?$/u.test(raw) || !/^\p{Script=Latin}+(?:['.-]\p{Script=Latin}+)*$/u.test(raw)) {
    return true;
  }
  const w = raw.toLowerCase();
  if (w.length <= 2) return true;
  return /[aeiouy]/.test(w) && !/[^aeiouy'.-]{5,}/.test(w) && !/(.)\1\1/.test(w) && !/[aeiou]{4,}/.test(w.replace(/ueue/g, 'ue'));
}

function ngrams(words: readonly string[], n: number): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

function wordsOf(text: string): string[] {
  return tokenizeSentence(normalizeText(text)).words;
}

/** Words of the sentences inside a run of COPIED_NGRAM or more words found in one of the sources. */
export function copiedWordCount(sentences: readonly Sentence[], sources: readonly string[][]): number {
  const grams = new Set(sources.flatMap((s) => [...ngrams(s, COPIED_NGRAM)]));
  let copied = 0;
  for (const { words } of sentences) {
    const covered = new Array<boolean>(words.length).fill(false);
    for (let i = 0; i + COPIED_NGRAM <= words.length; i++) {
      if (grams.has(words.slice(i, i + COPIED_NGRAM).join(' '))) covered.fill(true, i, i + COPIED_NGRAM);
    }
    copied += covered.filter(Boolean).length;
  }
  return copied;
}

/** The question's prompt and talking points as words: the text an answer must not earn a score by repeating. */
export const questionSources = (question: QuestionInput): string[][] =>
  [question.prompt, ...(question.talkingPoints ?? [])].map(wordsOf);

export interface UnearnedInput {
  question: QuestionInput;
  /** A self-assessment answered about oneself: on topic whatever its words (see self-description.ts). */
  aboutSelf: boolean;
  parsed: ParsedText;
  /** Words in the sentences left out for speaking to the grader. */
  graderWords: number;
}

/** The reason an answer's content earns no score, as a red flag; null for a real attempt. */
export function findUnearned({ question, aboutSelf, parsed, graderWords }: UnearnedInput): RedFlag | null {
  const total = parsed.wordCount;
  if (graderWords > 0 && graderWords / (graderWords + total) >= GRADER_SHARE) {
    return {
      code: 'ADDRESSES_GRADER',
      message: `${Math.round((graderWords / (graderWords + total)) * 100)}% of the answer speaks to the grader instead of answering the question.`,
    };
  }
  if (total < MIN_WORDS) return null;
  const words = parsed.sentences.flatMap((s) => s.words);
  const rawWords = parsed.sentences.flatMap((s) => s.raw);

  const questionLanguage = detectLanguage(question.prompt, wordsOf(question.prompt));
  const answerLanguage = detectLanguage(parsed.lower, words);
  if (questionLanguage && answerLanguage && questionLanguage !== answerLanguage) {
    return {
      code: 'OTHER_LANGUAGE',
      message: `The answer is in ${answerLanguage} but the question is in ${questionLanguage}: answer in the question's language.`,
    };
  }

  const nonWords = rawWords.filter((w) => !looksLikeWord(w));
  const distinct = new Set(words).size / total;
  if (nonWords.length / total >= NONWORD_SHARE) {
    return {
      code: 'GIBBERISH',
      message: `${Math.round((nonWords.length / total) * 100)}% of the words are not words (${quoteList(nonWords)}).`,
    };
  }

  const salad = ungrammaticalPairs(parsed.sentences);
  if (salad.length >= SALAD_MIN_PAIRS && salad.length / total >= SALAD_PAIR_SHARE) {
    return {
      code: 'GIBBERISH',
      message: `The words are strung together, not in sentences (${quoteList(salad)}).`,
    };
  }

  const sources = questionSources(question);
  const copied = copiedWordCount(parsed.sentences, sources) / total;
  if (copied >= COPIED_SHARE) {
    return {
      code: 'COPIED_FROM_QUESTION',
      message: `${Math.round(copied * 100)}% of the answer repeats the question or its talking points word for word.`,
    };
  }
  if (total >= 20 && distinct < MIN_DISTINCT_SHARE) {
    return {
      code: 'GIBBERISH',
      message: `The answer repeats itself: only ${Math.round(distinct * 100)}% of its words are distinct.`,
    };
  }

  const questionTerms = new Set(sources.flatMap((s) => contentTerms(s)));
  const fragments = parsed.sentences.flatMap(pieces).filter((p) => !isClause(p));
  const fragmentWords = fragments.reduce((sum, p) => sum + p.length, 0);
  const fragmentTerms = new Set(fragments.flatMap((p) => contentTerms(p)));
  const listed = [...fragmentTerms].filter((t) => questionTerms.has(t));
  if (fragmentWords / total > FRAGMENT_SHARE) {
    // Terse notes in the candidate's own terms ("Token bucket per key. Counters in Redis.") are an
    // answer, if a clipped one; the question's own terms listed back are not.
    if (listed.length >= 2 && listed.length / fragmentTerms.size >= LISTED_SHARE) {
      return {
        code: 'KEYWORD_LIST',
        message: `Most of the answer is a list of terms without sentences that use them (${quoteList(listed)}).`,
      };
    }
  }
  if (answerLanguage === null && englishFunctionShare(words) < MIN_FUNCTION_SHARE) {
    return { code: 'GIBBERISH', message: 'The answer has no sentences in any recognisable language.' };
  }

  const termList = contentTerms(words);
  const answerTerms = new Set(termList);
  const echoed = [...answerTerms].filter((t) => questionTerms.has(t));
  const novel = answerTerms.size - echoed.length;
  if (echoed.length >= NOVEL_MIN_QUESTION_TERMS && novel / answerTerms.size < NOVEL_TERM_SHARE) {
    return {
      code: 'KEYWORD_LIST',
      message: `The answer restates the question's own terms and adds almost nothing of its own (${novel} of ${answerTerms.size} terms are new).`,
    };
  }
  return aboutSelf ? null : offTopic(question, termList, total);
}

const topicTerms = (texts: readonly string[]): Set<string> =>
  new Set(texts.flatMap((t) => contentTerms(wordsOf(t))).filter((t) => !GENERIC_TERMS.has(t)));

function offTopic(question: QuestionInput, answerTerms: readonly string[], total: number): RedFlag | null {
  if (total < THRESHOLDS.offTopicMinWords || answerTerms.length === 0) return null;
  const specific = topicTerms([question.prompt, ...(question.talkingPoints ?? []), ...(question.competencies ?? [])]);
  if (specific.size < OFF_TOPIC_MIN_QUESTION_TERMS) return null;
  const answer = new TermSet(answerTerms);
  const hits = [...specific].filter((t) => answer.has(t));
  const topical = new TermSet(specific);
  const focus = answerTerms.filter((t) => topical.has(t)).length / answerTerms.length;
  // A long story on topic may name what the prompt asks about (one of the topics interviews return
  // to: conflict, failure, deadline...) only now and then, in its own words; a common word ("keep")
  // met twice is no sign.
  const prompt = new TermSet([...topicTerms([question.prompt])].filter(isTopicConcept));
  const promptMentions = answerTerms.filter((t) => prompt.has(t)).length;
  const aboutPrompt =
    promptMentions >= OFF_TOPIC_PROMPT_MENTIONS ||
    (promptMentions > 0 && promptMentions / answerTerms.length >= OFF_TOPIC_PROMPT_FOCUS);
  if (hits.length > OFF_TOPIC_MAX_HITS || focus >= OFF_TOPIC_FOCUS || aboutPrompt) {
    return null;
  }
  return {
    code: 'OFF_TOPIC',
    message: `The answer uses ${hits.length} of the question's ${specific.size} key terms: it answers a different question.`,
  };
}
