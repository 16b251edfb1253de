import type { StarMetrics, StarPart } from '../types';
import { withoutFillers } from '../text/strip-fillers';
import type { Sentence } from '../text/tokenize';

/**
 * STAR detection by cue phrases. Each segment (a sentence, or a piece of an unpunctuated run-on
 * from a transcript) may carry several labels. Results also get credit for sitting late in the
 * answer, because stories end with their outcome.
 */

const SITUATION = new RegExp(
  [
    String.raw`^if\b`,
    String.raw`\b(?:when|while) (?:i|we) (?:was|were)\b`,
    String.raw`\b(?:at|in) my (?:previous|last|current|old|first|former) (?:job|company|role|employer|internship|team|position|workplace|startup)\b`,
    String.raw`\bin my role as\b`,
    String.raw`\bat (?:my|our) (?:company|startup|organi[sz]ation|agency|firm|employer|university|school)\b`,
    String.raw`\b(?:a|one|two|three|few|couple of) (?:years?|months?|weeks?|quarters?|summers?|semesters?) ago\b`,
    String.raw`\blast (?:year|month|week|quarter|summer|semester|spring|fall|autumn|winter)\b`,
    String.raw`\b(?:back|early|earlier|later) in\b`,
    String.raw`\bthere (?:was|were) (?:a|an|this|some|two|three)\b`,
    String.raw`\b(?:i|we) (?:was|were) (?:working|building|preparing|launching|migrating|running|about to|part of|leading|managing|in the middle|on a|the only)\b`,
    String.raw`\b(?:our|the|my) (?:team|company|product|project|client|customer|startup|system|app|service|codebase|department|manager|lead|company's) (?:was|had|were|is|has)\b`,
    String.raw`\bi (?:joined|worked (?:at|for|as|on))\b`,
    String.raw`\bi was (?:a|an|the) [\w-]+ (?:at|on|in|for|with)\b`,
    String.raw`\bduring (?:my|a|the|our)\b`,
    String.raw`\bin (?:19|20)\d\d\b`,
    String.raw`\bin (?:this|that|such a) (?:situation|case|scenario)\b`,
  ].join('|'),
);

const TASK = new RegExp(
  [
    String.raw`\bmy (?:main |first |primary )?(?:goal|task|job|role|responsibility|objective|assignment|mission|aim|priority|challenge) (?:was|is|would be)\b`,
    String.raw`\bi was (?:responsible|tasked|asked|assigned|expected|supposed|in charge|brought in|hired|told) (?:to|for|with)\b`,
    String.raw`\b(?:i|we) (?:needed|had|wanted|were asked|were tasked|was asked|were expected|was expected) to\b`,
    String.raw`\b(?:the|our) (?:main |key |real |biggest )?(?:goal|task|objective|challenge|problem|issue|requirement|ask|deadline|aim|mandate|mission|risk) (?:was|is|would be)\b`,
    String.raw`\b(?:tasked with|in charge of|responsible for|accountable for)\b`,
    String.raw`\b(?:it|this) (?:was|fell) (?:up to me|to me|my job|my responsibility)\b`,
    String.raw`\bi(?:'d| would) (?:need|want) to\b`,
    String.raw`\bneeded to be\b`,
  ].join('|'),
);

const ACTION = new RegExp(
  [
    // "I/we [adverb] <past-tense verb>", minus verbs of wanting, feeling and noticing.
    String.raw`\b(?:i|we) (?:(?:\w+ly|then|also|first|immediately|personally|eventually|finally|just|again|both|quickly|next) )?` +
      String.raw`(?:(?!needed|wanted|liked|loved|hated|hoped|seemed|felt|realized|realised|noticed|learned|used\b|supposed|expected|tasked|asked to\b)[a-z]{2,}ed|built|wrote|led|ran|made|took|met|set|spoke|sat|put|brought|began|chose|drove|found|gave|got|held|kept|sent|spent|told|went|broke|caught|dug|fought|drew|overcame|rewrote|stood|taught|understood|undertook|split|cut|shut|sought|won|paired|stepped)\b`,
    // Hypothetical answers to situational questions: "I would first talk to...".
    String.raw`\b(?:i(?:'d| would| will|'ll)|my (?:first )?(?:step|approach|plan|move) (?:would be|was|is)(?: to)?) (?:(?:\w+ly|then|also|first|probably|immediately|start by) )?(?!be\b|have\b|like\b|love\b|say\b|think\b|guess\b|assume\b|hope\b|imagine\b|need\b|want\b|not\b)[a-z]+`,
    String.raw`\b(?:what i did|the first thing i did|i started by|i began by|my approach was|i made sure|i took (?:the )?(?:lead|initiative|ownership))\b`,
  ].join('|'),
);

// Discourse that announces an outcome.
const RESULT_MARKERS = new RegExp(
  [
    String.raw`\b(?:as a result|result(?:ed|s|ing)? in|the result|the outcome|outcome was|in the end|ultimately|end result|at the end of the day)\b`,
    String.raw`\b(?:which|this|that|it) (?:led|resulted|helped|allowed|enabled|let us|let me|saved|reduced|increased|improved|cut|paid off|worked)\b`,
    String.raw`\b(?:led to|paid off)\b`,
    String.raw`\b(?:was|were|got|been) (?:praised|recognized|recognised|adopted|promoted|approved|accepted|rolled out|reused|commended|rewarded|featured)\b`,
    String.raw`\b(?:positive|great|good|glowing) (?:feedback|reviews|results)\b`,
    String.raw`\b(?:was|were|felt|became) (?:very |really |much )?(?:happy|happier|pleased|satisfied|thrilled|grateful|relieved)\b`,
    String.raw`\b(?:renewed|since then|to this day|still (?:use|uses|used|in use)|(?:is|are) (?:still )?now)\b`,
    String.raw`\b(?:went|came|got|dropped|fell) (?:down |back )?to (?:zero|nothing|none)\b`,
    String.raw`\bnow (?:takes|take|runs|run|gets|get|has|have|uses|use|costs|cost|only|handles|handle|mentors|leads|owns)\b`,
    String.raw`\b(?:haven't|hasn't|have not|has not|never)\b[^.!?]*\bsince\b`,
    String.raw`\b(?:successfully|met (?:the|our) (?:deadline|target|goal)|hit (?:the|our) (?:deadline|target|goal))\b`,
  ].join('|'),
);

// Expected outcomes in answers to hypothetical ("what would you do") questions. In a past-tense
// story the same words are plans, not results, so they only count for hypotheticals.
const EXPECTED_RESULT =
  /\b(?:would|should|will|that way|so that) (?:\w+ )?(?:result|lead|ensure|reduce|improve|help|allow|prevent|save|increase|protect|keep|give|make sure|fix|solve|resolve|mean|get)\b/;

// A change that happened. Past perfect ("churn had dropped") sets the scene instead.
const CHANGE_VERBS =
  /(?<!\b(?:had|had been|has|have|kept) )\b(?:reduced|cut|decreased|lowered|dropped|fell|increased|grew|raised (?:[$€£]|\d)|boosted|improved|saved|doubled|tripled|halved|rose|climbed|shrank|shrunk|gained|generated|exceeded|achieved|surpassed|retained|shortened|eliminated|accelerated|sped up|recovered|went (?:up|down|from)|(?:reducing|cutting|saving|increasing|improving|boosting|doubling|halving|freeing up|lowering) (?:the|our|their|it|us|them|costs?|time|\w+ (?:time|costs?|rate)))\b/;

const RESULT_WEAK =
  /\b(?:finally|eventually|delivered|shipped|launched|released|completed|finished|went live|fixed|resolved|solved|worked out|agreed|signed off|deployed|handed over|on time|ahead of schedule|under budget|on budget|half as|twice as|\d+ ?%|\d+x|percent)(?!\w)/;

const RESULT_THRESHOLD = 2;
// An answer with no punctuation (speech-to-text) is one "sentence"; cut it at discourse markers.
const RUN_ON_WORDS = 40;
const RUN_ON_BREAK =
  /(?:[,;]\s+|\s+)(?=(?:and then|after that|as a result|in the end|eventually|finally|so|but|then|because of that|which meant)\s)/i;

export interface StarDetection {
  star: StarMetrics;
  /** Indexes of the sentences holding a result, for spotting quantified results. */
  resultSentences: ReadonlySet<number>;
}

interface Segment {
  text: string;
  lower: string;
  sentenceIndex: number;
}

function segmentsOf(sentences: readonly Sentence[]): Segment[] {
  return sentences.flatMap((sentence, sentenceIndex) => {
    const pieces = sentence.words.length > RUN_ON_WORDS ? sentence.text.split(RUN_ON_BREAK) : [sentence.text];
    const merged: string[] = [];
    for (const piece of pieces) {
      const trimmed = piece.trim();
      // Fold tiny pieces into the previous one so a lone "so" is not a segment.
      if (merged.length > 0 && trimmed.split(/\s+/).length < 5) merged[merged.length - 1] += ` ${trimmed}`;
      else if (trimmed) merged.push(trimmed);
    }
    // Fillers inside a clause ("I, um, like, profiled it") would hide the cue phrases.
    return merged.map((text) => ({ text, lower: withoutFillers(text).toLowerCase(), sentenceIndex }));
  });
}

function part(segments: readonly Segment[]): StarPart {
  return { found: segments.length > 0, sentences: segments.map((s) => s.text) };
}

/**
 * 2+ means a result. Markers are decisive; a change verb is too, unless it sits in the opening
 * quarter of a longer story, where it usually describes the problem ("sales dropped 20%").
 * Weak cues ("shipped", "finally") need the extra point for sitting late in the answer.
 */
function resultScore(segment: Segment, index: number, total: number, hypothetical: boolean): number {
  const { lower } = segment;
  let cues = 0;
  if (RESULT_MARKERS.test(lower) || (hypothetical && EXPECTED_RESULT.test(lower))) cues = 2;
  else if (CHANGE_VERBS.test(lower)) cues = total >= 4 && index < total * 0.25 ? 1 : 2;
  else if (RESULT_WEAK.test(lower)) cues = 1;
  const late = total >= 2 && index >= total * 0.6 ? 1 : 0;
  return cues > 0 ? cues + late : 0;
}

/** `hypothetical`: the question asks what the candidate would do, so outcomes are expected ones. */
export function detectStar(sentences: readonly Sentence[], hypothetical: boolean): StarDetection {
  const segments = segmentsOf(sentences);
  const situation = segments.filter((s) => SITUATION.test(s.lower));
  const task = segments.filter((s) => TASK.test(s.lower));
  const action = segments.filter((s) => ACTION.test(s.lower));
  const result = segments.filter((s, i) => resultScore(s, i, segments.length, hypothetical) >= RESULT_THRESHOLD);

  // Stories open with context even without a cue phrase ("Our checkout page kept timing out.").
  const first = segments[0];
  if (situation.length === 0 && segments.length >= 3 && ![task, action, result].some((p) => p.includes(first))) {
    situation.push(first);
  }

  return {
    star: { situation: part(situation), task: part(task), action: part(action), result: part(result) },
    resultSentences: new Set(result.map((s) => s.sentenceIndex)),
  };
}
