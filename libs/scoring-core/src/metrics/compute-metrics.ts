import type { AnswerInput, AnswerKind, AnswerMetrics, QuestionInput } from '../types';
import { OUTCOME_CONCEPT, QUANTITY_CONCEPT } from '../text/concepts';
import { TermSet, contentTerms } from '../text/terms';
import type { ParsedText } from '../text/tokenize';
import { askedClarifyingQuestion } from './clarifying';
import { coverTalkingPoints, measureRelevance } from './coverage';
import { countFillers } from './fillers';
import { fitSignals } from './fit';
import { findHedges } from './hedging';
import { measureOwnership } from './ownership';
import { quantifiedResults, quantitiesIn } from './quantities';
import { reasoningSignals } from './reasoning';
import { findSpecifics } from './specifics';
import { detectStar } from './star';
import { measureSpeech } from './speech';
import { measureTiming, sentenceStats, spokenTiming } from './timing';

export function computeMetrics(
  question: QuestionInput,
  answer: AnswerInput,
  parsed: ParsedText,
  kind: AnswerKind,
): AnswerMetrics {
  const { sentences, lower, wordCount } = parsed;
  const { star, resultSentences } = detectStar(sentences, kind === 'hypothetical');
  const perSentence = sentences.map(quantitiesIn);
  const results = quantifiedResults(perSentence, (i) => resultSentences.has(i));
  const numbers = perSentence.reduce((sum, q) => sum + q.length, 0);

  const answerTerms = sentences.flatMap((s) => contentTerms(s.words));
  const answerSet = new TermSet(answerTerms);
  // A talking point like "quantify the impact" is covered by a number, not by the word "quantify".
  // Relevance does not get these: any story has an outcome, whatever its topic.
  const pointSet = new TermSet(answerTerms);
  if (results.length > 0) pointSet.add(QUANTITY_CONCEPT);
  if (star.result.found) pointSet.add(OUTCOME_CONCEPT);

  const talkingPoints = question.talkingPoints ?? [];
  const specifics = findSpecifics(sentences, lower, numbers);
  // Content is judged on the text; how it was said, on the recording when there is one.
  const speech = answer.speech ? measureSpeech(answer.speech) : null;
  return {
    wordCount,
    ...(speech ? spokenTiming(speech, answer) : measureTiming(wordCount, answer)),
    fillerWords: speech?.fillerWords ?? countFillers(sentences, wordCount),
    star,
    quantifiedResults: results,
    specifics,
    ownership: measureOwnership(sentences),
    hedging: findHedges(lower),
    askedClarifyingQuestion: askedClarifyingQuestion(sentences, lower),
    reasoning: reasoningSignals(lower),
    talkingPointCoverage: coverTalkingPoints(talkingPoints, pointSet, lower),
    relevance: measureRelevance(
      { prompt: question.prompt, talkingPoints, competencies: question.competencies ?? [] },
      answerTerms,
      answerSet,
    ),
    fit: fitSignals(lower, specifics.names),
    sentences: sentenceStats(sentences),
    speech,
  };
}
