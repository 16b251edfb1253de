import { THRESHOLDS as T } from '../analysis/thresholds';
import { parseText } from '../text/tokenize';
import type { SpeechInput, SpeechMetrics } from '../types';
import { countFillers } from './fillers';

interface TimedText {
  text: string;
  start: number;
  end: number;
}

const seconds = (n: number): number => Math.round(n * 100) / 100;

/**
 * The recognised speech as punctuated text: a short gap reads as a comma and a pause as a sentence
 * end, so the filler rules (which look at pauses and sentence starts) hear what the timings show.
 * Transcribers mostly leave word-level punctuation out.
 */
function punctuate(units: readonly TimedText[]): string {
  return units
    .map((unit, i) => {
      const gap = i + 1 < units.length ? units[i + 1].start - unit.end : 0;
      return `${unit.text.trim()}${gap >= T.pauseSeconds ? '.' : gap >= T.commaPauseSeconds ? ',' : ''}`;
    })
    .join(' ');
}

/**
 * Pace, pauses and spoken fillers of a recording, from its word timings or, without them, from its
 * segments (the gaps inside a segment are then unknown, so fewer pauses are seen).
 */
export function measureSpeech(speech: SpeechInput): SpeechMetrics {
  const timing = speech.words.length > 0 ? 'WORD' : 'SEGMENT';
  const units: TimedText[] =
    timing === 'WORD' ? speech.words.map((w) => ({ text: w.word, start: w.start, end: w.end })) : [...speech.segments];
  const spoken = units.filter((u) => /[\p{L}\p{N}]/u.test(u.text));
  const parsed = parseText(punctuate(spoken));
  const first = spoken[0];
  const last = spoken[spoken.length - 1];
  const speakingSeconds = first ? Math.max(0, last.end - first.start) : 0;

  let pauseCount = 0;
  let longest = 0;
  let longestAt: number | null = null;
  for (let i = 1; i < spoken.length; i++) {
    const gap = spoken[i].start - spoken[i - 1].end;
    if (gap >= T.pauseSeconds) pauseCount++;
    if (gap > longest) {
      longest = gap;
      longestAt = spoken[i - 1].end;
    }
  }
  return {
    timing,
    recordingSeconds: seconds(speech.durationSeconds),
    speakingSeconds: seconds(speakingSeconds),
    silenceBeforeFirstWordSeconds: seconds(first ? first.start : speech.durationSeconds),
    pauseCount,
    longestPauseSeconds: seconds(longest),
    longestPauseAtSeconds: longestAt === null ? null : seconds(longestAt),
    wordCount: parsed.wordCount,
    wordsPerMinute: speakingSeconds > 0 ? Math.round((parsed.wordCount / speakingSeconds) * 60) : 0,
    fillerWords: countFillers(parsed.sentences, parsed.wordCount),
  };
}
