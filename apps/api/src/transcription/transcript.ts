import type { SpeechInput } from '@mockint/scoring-core';
import { TranscriptionError } from './transcription.errors';

export type TranscriptTiming = 'WORD' | 'SEGMENT';

export interface TranscriptWord {
  word: string;
  /** Seconds from the start of the answer's recording (all its parts). */
  start: number;
  end: number;
}

export interface TranscriptSegment {
  start: number;
  end: number;
  text: string;
}

/** What the transcriber heard; it also serves as the analyzer's speech input. */
export interface Transcript extends SpeechInput {
  /** Empty when nothing was said. */
  text: string;
  /** As the server names it ("en", "english"); null when it does not say. */
  language: string | null;
  durationSeconds: number;
  /** WORD when the server gave word timings; SEGMENT when only segment timings. */
  timing: TranscriptTiming;
  words: TranscriptWord[];
  segments: TranscriptSegment[];
}

const garbled = (problem: string) => new TranscriptionError(`The transcription server's reply is unusable: ${problem}`, false);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Timed items in order: each one's end at or after its start, and no start before the previous start. */
function timed<T>(
  list: unknown,
  field: 'words' | 'segments',
  textKey: 'word' | 'text',
  make: (text: string, start: number, end: number) => T,
): T[] {
  if (list === undefined || list === null) return [];
  if (!Array.isArray(list)) throw garbled(`"${field}" is not a list`);
  let previousStart = 0;
  return list.map((item: unknown, i) => {
    if (!isRecord(item) || typeof item[textKey] !== 'string') throw garbled(`${field}[${i}] has no "${textKey}"`);
    const { start, end } = item;
    if (!isTime(start) || !isTime(end)) throw garbled(`${field}[${i}] has no valid start and end`);
    if (end < start || start < previousStart) throw garbled(`${field}[${i}] runs backwards`);
    previousStart = start;
    return make(item[textKey], start, end);
  });
}

/**
 * The server's `verbose_json` reply for one part, checked (the SDK does not), timed from the part's
 * start. A reply without any timing cannot give delivery metrics: the server does not support `verbose_json`.
 */
export function parseTranscription(reply: unknown): Transcript {
  if (!isRecord(reply)) throw garbled('not a JSON object');
  if (typeof reply.text !== 'string') throw garbled('no "text"');
  const words = timed(reply.words, 'words', 'word', (word, start, end) => ({ word: word.trim(), start, end }));
  const segments = timed(reply.segments, 'segments', 'text', (text, start, end) => ({ text: text.trim(), start, end }));
  const text = reply.text.trim();
  if (text && words.length === 0 && segments.length === 0) throw garbled('text without word or segment timings');
  const { duration, language } = reply;
  if (duration !== undefined && !isTime(duration)) throw garbled('"duration" is not a number of seconds');
  const lastEnd = Math.max(0, ...words.map((w) => w.end), ...segments.map((s) => s.end));
  return {
    text,
    language: typeof language === 'string' && language ? language : null,
    durationSeconds: duration ?? lastEnd,
    timing: words.length > 0 ? 'WORD' : 'SEGMENT',
    words,
    segments,
  };
}

/** The part's timings `offset` seconds later. */
const shifted = (part: Transcript, offset: number): Transcript => ({
  ...part,
  words: part.words.map((w) => ({ ...w, start: w.start + offset, end: w.end + offset })),
  segments: part.segments.map((s) => ({ ...s, start: s.start + offset, end: s.end + offset })),
});

/**
 * One transcript of an answer's parts (each timed from its own start), in order: each part's timings
 * run on from the length of the parts before it.
 */
export function joinTranscripts(unshifted: readonly Transcript[]): Transcript {
  let offset = 0;
  const parts = unshifted.map((part) => {
    const next = shifted(part, offset);
    offset += part.durationSeconds;
    return next;
  });
  const words = parts.flatMap((p) => p.words);
  // Word timings for the whole answer only if every part that said something had them.
  const timing = parts.every((p) => p.timing === 'WORD' || !p.text) && words.length > 0 ? 'WORD' : 'SEGMENT';
  return {
    text: parts
      .map((p) => p.text)
      .filter(Boolean)
      .join(' '),
    language: parts.find((p) => p.language)?.language ?? null,
    durationSeconds: parts.reduce((sum, p) => sum + p.durationSeconds, 0),
    timing,
    words: timing === 'WORD' ? words : [],
    segments: parts.flatMap((p) => p.segments),
  };
}
