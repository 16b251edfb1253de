import type { AnswerInput, SentenceStats, SpeechMetrics } from '../types';
import { formatDuration } from '../text/format';
import type { Sentence } from '../text/tokenize';

/** Typical conversational speaking pace, used when the recording length is unknown. */
export const ESTIMATED_WPM = 140;

export interface Timing {
  durationSeconds: number;
  durationEstimated: boolean;
  wordsPerMinute: number;
  thinkingSeconds: number | null;
}

const isUsable = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n);

export function measureTiming(wordCount: number, answer: Pick<AnswerInput, 'durationSeconds' | 'thinkingSeconds'>): Timing {
  const given = answer.durationSeconds;
  const thinking = answer.thinkingSeconds;
  const measured = isUsable(given) && given > 0;
  const durationSeconds = measured ? given : Math.round((wordCount / ESTIMATED_WPM) * 60);
  return {
    durationSeconds,
    durationEstimated: !measured,
    wordsPerMinute: durationSeconds > 0 ? Math.round((wordCount / durationSeconds) * 60) : 0,
    thinkingSeconds: isUsable(thinking) && thinking >= 0 ? thinking : null,
  };
}

/** A spoken answer's timing: the speaking time, and the recording's silence before the first word counts as thinking. */
export function spokenTiming(speech: SpeechMetrics, answer: Pick<AnswerInput, 'thinkingSeconds'>): Timing {
  const before = isUsable(answer.thinkingSeconds) && answer.thinkingSeconds >= 0 ? answer.thinkingSeconds : 0;
  return {
    durationSeconds: speech.speakingSeconds,
    durationEstimated: false,
    wordsPerMinute: speech.wordsPerMinute,
    thinkingSeconds: Math.round((before + speech.silenceBeforeFirstWordSeconds) * 100) / 100,
  };
}

export function sentenceStats(sentences: readonly Sentence[]): SentenceStats {
  const lengths = sentences.map((s) => s.words.length);
  const total = lengths.reduce((a, b) => a + b, 0);
  return {
    count: lengths.length,
    averageWords: lengths.length > 0 ? Math.round((total / lengths.length) * 10) / 10 : 0,
    longestWords: lengths.reduce((a, b) => Math.max(a, b), 0),
  };
}

/** "1:05 at 150 wpm", or "about 1:05 (estimated at 140 wpm)" when the length was not measured. */
export function describePace(timing: Timing): string {
  return timing.durationEstimated
    ? `about ${formatDuration(timing.durationSeconds)} (estimated at ${ESTIMATED_WPM} wpm)`
    : `${formatDuration(timing.durationSeconds)} at ${timing.wordsPerMinute} wpm`;
}
