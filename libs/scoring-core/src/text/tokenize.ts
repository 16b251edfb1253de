import { normalizeText } from './normalize';

/** One sentence with its words in original case and lowercase, and where the speaker paused. */
export interface Sentence {
  text: string;
  raw: string[];
  words: string[];
  /** pauseAfter[i]: a comma, colon, dash, bracket or quote follows word i. */
  pauseAfter: boolean[];
}

export interface ParsedText {
  /** The normalized answer, lowercased, for phrase searches across sentences. */
  lower: string;
  sentences: Sentence[];
  wordCount: number;
}

// Words keep inner apostrophes, hyphens and dots ("don't", "trade-off", "node.js", "3.5");
// the other alternatives are pause marks.
const TOKEN = /[\p{L}\p{N}]+(?:['\-.][\p{L}\p{N}]+)*|[,;:()"]|(?<=\s)-(?=\s)/gu;
// The same for ASCII-only text, several times faster than unicode property escapes.
const ASCII_TOKEN = /[A-Za-z0-9]+(?:['\-.][A-Za-z0-9]+)*|[,;:()"]|(?<=\s)-(?=\s)/g;
const WORD_START = /^[\p{L}\p{N}]/u;
const SENTENCE_END = /[.!?]+["')\]]*(?=\s|$)|\n+/g;
// A period after these does not end a sentence.
const ABBREVIATIONS = new Set('e.g i.e etc vs mr mrs ms dr prof approx inc ltd jr sr st no fig'.split(' '));

export function tokenizeSentence(text: string): Sentence {
  const raw: string[] = [];
  const pauseAfter: boolean[] = [];
  for (const [token] of text.matchAll(/[^\t\n\r -~]/.test(text) ? TOKEN : ASCII_TOKEN)) {
    if (WORD_START.test(token)) {
      raw.push(token);
      pauseAfter.push(false);
    } else if (raw.length > 0) {
      pauseAfter[raw.length - 1] = true;
    }
  }
  return { text, raw, words: raw.map((w) => w.toLowerCase()), pauseAfter };
}

export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && match[0].length === 1) {
      const lastWord = text.slice(text.lastIndexOf(' ', end - 1) + 1, end - 1).toLowerCase();
      if (ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord)) continue;
    }
    pushTrimmed(sentences, text.slice(start, end));
    start = end;
  }
  pushTrimmed(sentences, text.slice(start));
  return sentences;
}

function pushTrimmed(into: string[], piece: string): void {
  const trimmed = piece.trim();
  if (/[\p{L}\p{N}]/u.test(trimmed)) into.push(trimmed);
}

export function parseText(input: string): ParsedText {
  const text = normalizeText(input);
  const sentences = splitSentences(text).map(tokenizeSentence);
  const wordCount = sentences.reduce((sum, s) => sum + s.words.length, 0);
  return { lower: text.toLowerCase(), sentences, wordCount };
}
