import type { AnswerMetrics } from '../types';
import { clauseFrom, trimDangling } from '../text/clauses';
import { withoutFillers } from '../text/strip-fillers';

/**
 * Turns the candidate's own words into the interviewer's voice for follow-up questions:
 * "I set up a weekly sync" -> "you set up a weekly sync"; "we migrated" -> "the team migrated".
 */

type Voice = 'you' | 'team';

// Maps, not object literals: the keys are the candidate's words ("constructor" included).
const TO_YOU = new Map([
  ['i', 'you'],
  ["i'm", "you're"],
  ["i've", "you've"],
  ["i'd", "you'd"],
  ["i'll", "you'll"],
  ['me', 'you'],
  ['my', 'your'],
  ['mine', 'yours'],
  ['myself', 'yourself'],
  ['we', 'you'],
  ["we're", "you're"],
  ["we've", "you've"],
  ["we'd", "you'd"],
  ["we'll", "you'll"],
  ['us', 'you'],
  ['our', 'your'],
  ['ours', 'yours'],
  ['ourselves', 'yourselves'],
]);
const TO_TEAM = new Map([
  ...TO_YOU,
  ['we', 'the team'],
  ["we're", 'the team is'],
  ["we've", 'the team has'],
  ["we'd", 'the team would'],
  ["we'll", 'the team will'],
  ['us', 'the team'],
  ['our', "the team's"],
  ['ours', "the team's"],
  ['ourselves', 'the team'],
]);
// Verb agreement after the swap: "I was" -> "you were", "we were" -> "the team was".
const YOU_AGREEMENT = new Map([
  ['was', 'were'],
  ['am', 'are'],
]);
const TEAM_AGREEMENT = new Map([
  ['were', 'was'],
  ['are', 'is'],
  ['have', 'has'],
]);
// Lowercased at the start of a quoted clause; anything else (a name, "QA") keeps its case.
const COMMON_STARTERS = new Set('the a an this that these those it they there he she then after when'.split(' '));
const LEAD_IN =
  /^(?:(?:and|so|but|then|also|as a result|in the end|ultimately|finally|eventually|overall|by the end|after that|at the end of the day|because of that)\b[\s,]*)+/i;

export function swapVoice(clause: string, voice: Voice): string {
  const table = voice === 'you' ? TO_YOU : TO_TEAM;
  const words = clause.split(/\s+/).filter(Boolean);
  const out = words.map((word, i) => {
    const lower = word.toLowerCase();
    const swapped = table.get(lower);
    if (swapped !== undefined) return swapped;
    const previous = words[i - 1]?.toLowerCase();
    const agreement = previous === 'i' ? YOU_AGREEMENT : previous === 'we' && voice === 'team' ? TEAM_AGREEMENT : undefined;
    const agreed = agreement?.get(lower);
    if (agreed !== undefined) return agreed;
    return i === 0 && COMMON_STARTERS.has(lower) ? lower : word;
  });
  return trimDangling(out).join(' ');
}

/** A short clause from a sentence, starting at the first match of `from` (or the start), in the given voice. */
export function quoteClause(sentence: string | undefined, voice: Voice, from?: RegExp): string | null {
  if (!sentence) return null;
  const body = withoutFillers(sentence).replace(LEAD_IN, '');
  const start = from ? body.search(from) : 0;
  if (start < 0) return null;
  const clause = swapVoice(clauseFrom(body, start), voice);
  return clause.split(' ').length >= 3 ? clause : null;
}

/** The action to quote: the most detailed one that is not also scene-setting, in the second person. */
export function quotedAction(metrics: AnswerMetrics): string | null {
  const { action, situation } = metrics.star;
  const candidates = action.sentences.filter((s) => !situation.sentences.includes(s));
  const pool = candidates.length > 0 ? candidates : action.sentences;
  const sentence = pool.reduce<string | undefined>(
    (best, s) => (best === undefined || s.length > best.length ? s : best),
    undefined,
  );
  return quoteClause(sentence, 'you', /\b(?:I|we)\b/i);
}

/** A talking point as it reads inside a sentence: no end punctuation, lowercase unless a name or acronym. */
export function topicPhrase(point: string): string {
  const text = point.trim().replace(/[.?!:;\s]+$/, '');
  const first = text.split(/\s+/)[0] ?? '';
  // "ID generation", "SQL indexes", "Kafka topics" keep their case.
  return /^\p{Lu}[\p{Ll}'-]*$/u.test(first) && !/^(?:I|I'\w+)$/.test(first) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

// Nouns ending in s that are singular ("process", "status", "analysis", "business").
const SINGULAR_S = /(?:ss|us|is|ness)$/;

/** Whether a noun phrase takes a plural verb: "queue and retries", "user preferences", not "scaling reads". */
export function isPluralPhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return false;
  if (words.includes('and')) return true;
  // A gerund phrase is one activity however many objects follow it.
  if (words.length > 1 && /ing$/.test(words[0])) return false;
  const head = words[words.length - 1];
  return /s$/.test(head) && !SINGULAR_S.test(head);
}

/** "How do user preferences fit into your design?", "How does idempotency fit into your design?" */
export function fitQuestion(topic: string, into: string): string {
  return `How ${isPluralPhrase(topic) ? 'do' : 'does'} ${topic} fit into ${into}?`;
}
