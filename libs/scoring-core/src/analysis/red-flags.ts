import type { AnswerKind, AnswerMetrics, QuestionInput, RedFlag } from '../types';
import { clip, formatDuration, plural, quoteList, topCounts } from '../text/format';
import { usesStar } from './question-type';
import { THRESHOLDS as T } from './thresholds';

/** Adds the flag that says the content earns no score; one of the same code already raised gives way to it. */
export function withUnearned(flags: RedFlag[], unearned: RedFlag | null): RedFlag[] {
  return unearned ? [...flags.filter((f) => f.code !== unearned.code), unearned] : flags;
}

export function findRedFlags(
  question: QuestionInput,
  kind: AnswerKind,
  m: AnswerMetrics,
  graderDirectives: readonly string[] = [],
  /** A self-assessment answered about oneself: not off topic for sharing few of the prompt's terms. */
  aboutSelf = false,
): RedFlag[] {
  const flags: RedFlag[] = [];
  const add = (code: RedFlag['code'], message: string): void => {
    flags.push({ code, message });
  };
  const duration = `${formatDuration(m.durationSeconds)}${m.durationEstimated ? ' (estimated from word count)' : ''}`;

  if (m.wordCount < T.tooShortWords) {
    add(
      'TOO_SHORT',
      m.wordCount === 0 ? 'No answer was given.' : `Only ${plural(m.wordCount, 'word')}: too short to show a real example.`,
    );
  }
  if (m.durationSeconds > T.ramblingSeconds) {
    add('RAMBLING', `The answer runs ${duration}, past the 3-minute mark where interviewers lose the thread.`);
  }
  const limit = question.timeLimitSeconds;
  // A recording's clock runs from its start: the silence before the first word counts against the limit.
  const answerSeconds = m.speech ? m.speech.silenceBeforeFirstWordSeconds + m.speech.speakingSeconds : m.durationSeconds;
  if (limit !== undefined && limit > 0 && answerSeconds > limit) {
    add(
      'OVER_TIME',
      `The answer runs ${m.speech ? formatDuration(answerSeconds) : duration} against a ${formatDuration(limit)} limit.`,
    );
  }
  if (m.thinkingSeconds !== null && m.thinkingSeconds > T.longSilenceSeconds) {
    add('LONG_SILENCE', `${formatDuration(m.thinkingSeconds)} of silence before answering (over ${T.longSilenceSeconds} s).`);
  } else if (m.speech && m.speech.longestPauseSeconds > T.longPauseSeconds) {
    add(
      'LONG_SILENCE',
      `A ${formatDuration(m.speech.longestPauseSeconds)} pause ${formatDuration(m.speech.longestPauseAtSeconds ?? 0)} into the recording (over ${T.longPauseSeconds} s).`,
    );
  }
  if (graderDirectives.length > 0) {
    add(
      'ADDRESSES_GRADER',
      `${quoteList(graderDirectives.map((s) => clip(s, 12)))} speaks to the grader, not the interviewer: it was left out of the scoring.`,
    );
  }
  if (m.wordCount === 0) return flags;

  if (usesStar(kind) && !m.star.result.found) {
    add('MISSING_RESULT', 'No result or outcome is stated: the story stops at what was done.');
  }
  const s = m.specifics;
  if (s.numbers === 0 && s.names.length === 0 && s.technicalTerms.length === 0) {
    add('NO_SPECIFICS', 'No concrete details: no numbers, names, tools or technical terms.');
  }
  if (!aboutSelf && m.wordCount >= T.offTopicMinWords && m.relevance < T.offTopicRelevance) {
    add('OFF_TOPIC', `Relevance to the question is only ${m.relevance.toFixed(2)}: the answer barely touches its topic.`);
  }
  if (m.fillerWords.per100Words >= T.fillerHeavyPer100) {
    add(
      'FILLER_HEAVY',
      `${m.fillerWords.per100Words} ${m.speech ? 'spoken fillers' : 'filler words'} per 100 words (${topCounts(m.fillerWords.breakdown)}).`,
    );
  }
  if (m.hedging.count >= T.hedgesMinCount && (m.hedging.count / m.wordCount) * 100 >= T.hedgesPer100) {
    add('EXCESSIVE_HEDGING', `${plural(m.hedging.count, 'hedge')} (${quoteList(m.hedging.phrases)}) undercut confidence.`);
  }
  const { iCount, weCount, ratio } = m.ownership;
  if (usesStar(kind) && weCount >= T.lowOwnershipMinWe && ratio !== null && ratio < T.lowOwnershipRatio) {
    add('LOW_OWNERSHIP', `"We" (${weCount}) far outnumbers "I" (${iCount}): your own part is unclear.`);
  }
  if (!m.durationEstimated && m.wordCount >= T.paceMinWords) {
    if (m.wordsPerMinute > T.paceFastWpm)
      add('PACE_TOO_FAST', `${m.wordsPerMinute} words per minute is hard to follow (aim for ${T.paceTargetWpm}).`);
    else if (m.wordsPerMinute < T.paceSlowWpm)
      add('PACE_TOO_SLOW', `${m.wordsPerMinute} words per minute drags (aim for ${T.paceTargetWpm}).`);
  }
  return flags;
}
