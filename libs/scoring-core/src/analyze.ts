import type { AnswerAnalysis, AnswerInput, QuestionInput, RubricInput } from './types';
import { answerKind, usesStar } from './analysis/question-type';
import { insufficientEvidence } from './analysis/evidence';
import { findRedFlags, withUnearned } from './analysis/red-flags';
import { findUnearned } from './analysis/unearned';
import { describesSelf } from './analysis/self-description';
import { composeCoaching } from './feedback/compose-feedback';
import { diagnose } from './feedback/diagnose';
import { computeMetrics } from './metrics/compute-metrics';
import { DEFAULT_RUBRIC } from './rubric/default-rubric';
import { scoreCriteria } from './rubric/map-criteria';
import { weightedOverall } from './rubric/weighted-overall';
import { scoreDimensions } from './scoring/score-dimensions';
import { graderDirectives, joinWithout } from './text/grader-directives';
import { parseText } from './text/tokenize';

/**
 * Analyzes one interview answer: metrics, red flags, rubric scores, and coaching feedback.
 * Pure and deterministic: the same input always yields the same output. Sentences aimed at the grader
 * are left out (and flagged), so they cannot change the score. When there is too little of the
 * candidate's own to judge, the score is withheld (`overallScore: null`) with the reason.
 */
export function analyzeAnswer(
  question: QuestionInput,
  answer: AnswerInput,
  rubric: RubricInput = DEFAULT_RUBRIC,
): AnswerAnalysis {
  // Parsed once; again only in the rare case that sentences aimed at the grader are dropped.
  const whole = parseText(answer.text);
  const sentences = whole.sentences.map((s) => s.text);
  const removed = graderDirectives(sentences);
  const parsed = removed.length ? parseText(joinWithout(sentences, removed)) : whole;
  const kind = answerKind(question);
  const metrics = computeMetrics(question, answer, parsed, kind);
  const graderWords = whole.wordCount - parsed.wordCount;
  const aboutSelf = kind === 'selfAssessment' && describesSelf(parsed.lower);
  const unearned = findUnearned({ question, aboutSelf, parsed, graderWords });
  const redFlags = withUnearned(findRedFlags(question, kind, metrics, removed, aboutSelf), unearned);
  const flags = new Set(redFlags.map((f) => f.code));
  const star = usesStar(kind);
  const cap = unearned?.code ?? (flags.has('OFF_TOPIC') ? 'OFF_TOPIC' : null);
  const dimensions = scoreDimensions({ metrics, flags, kind, usesStar: star, unearned: cap });
  const criteria = scoreCriteria(rubric, dimensions);
  const ctx = { question, metrics, flags, dimensions, kind, usesStar: star, sentences: parsed.sentences.map((s) => s.text) };
  const { feedback, actionItems, followUpQuestion } = composeCoaching(ctx, diagnose(ctx));
  const common = { answerKind: kind, metrics, redFlags, feedback, actionItems, followUpQuestion };
  const withheld = insufficientEvidence({ question, answer, parsed, graderWords });
  if (withheld !== null) {
    return { ...common, evidence: 'INSUFFICIENT', criteria: [], overallScore: null, evidenceReason: withheld };
  }
  return { ...common, evidence: 'SUFFICIENT', criteria, overallScore: weightedOverall(criteria), evidenceReason: null };
}
