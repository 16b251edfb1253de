import type { AnswerKind, QuestionInput, QuestionType } from '../types';

/**
 * What kind of answer a question asks for, from the phrasing of its prompt and its type. A story
 * (STAR, a measured result) is expected only where the prompt asks about the past; motivation,
 * self-assessment and hypothetical questions have expectations of their own.
 */

// Asking for an episode from the candidate's past: "tell me about a time", "describe a situation
// where", "give an example of when", "have you ever", "what was the hardest ... you have ...".
const STORY =
  /\b(?:a|one|the last|another) (?:time|situation|occasion|moment|instance|case|project|example|occurrence|experience|decision|mistake|failure|conflict|challenge)\b[^?.]*\b(?:you|your)\b|\b(?:tell|walk) (?:me|us) (?:about|through) (?:a|an|one|the|your) (?:time|situation|project|occasion|moment|example|experience|mistake|failure|conflict|challenge|decision)\b|\b(?:give|share|describe) (?:me |us )?(?:an? )?(?:example|instance|situation|occasion|time|story|experience)\b|\bhave you (?:ever|had|been)\b|\bwhen (?:was the last time|did you last|have you)\b|\bwhat (?:was|is) (?:the|your) (?:hardest|biggest|toughest|most \w+|best|worst|last)\b[^?]*\b(?:you(?:'ve| have)?|your) (?:\w+ )?(?:had|faced|made|done|led|worked|built|solved|handled|received|given|shipped|dealt|taken)\b/i;
const MOTIVATION =
  /\bwhy (?:do|would) you (?:want|like|wish)\b|\bwhy (?:are|were) you (?:interested|applying|leaving|looking)\b|\bwhy (?:this|our|the) (?:company|role|position|team|job|industry|field)\b|\bwhy (?:us|here)\b|\bwhat (?:attracts|interests|excites|draws|motivates|drives) you\b|\bwhy should we hire\b|\bwhere do you see yourself\b|\bwhat are you looking for in\b/i;
const SELF_ASSESSMENT =
  /\b(?:strengths?|weakness(?:es)?|areas? (?:of|for) (?:improvement|growth|development))\b|\bhow would (?:your )?(?:colleagues|coworkers|manager|friends|teammates|others|people) describe you\b|\babout yourself\b|\bwhat makes you (?:a good|the right|unique|stand out)\b/i;
const HYPOTHETICAL =
  /\bwhat would you do\b|\bhow would you (?:handle|approach|deal|respond|react|manage|prioriti[sz]e|tell|convince|resolve)\b|\bif you (?:were|had|found|noticed|saw|disagreed|joined|discovered|learned)\b|\b(?:imagine|suppose|picture|say) (?:that )?(?:you|a|an|your|the)\b|\bwhat if\b/i;

const WOULD = /\b(?:what|how) would you\b(?! (?:describe|rate|say|define|explain)\b)|\b(?:imagine|suppose)\b|\bif you were\b/i;

export function answerKind(question: Pick<QuestionInput, 'prompt' | 'type'>): AnswerKind {
  const { prompt, type } = question;
  if (isTechnical(type) || type === 'CASE') return 'reasoned';
  // "How would you handle a situation where..." names a situation but asks for a plan.
  if (WOULD.test(prompt)) return 'hypothetical';
  if (STORY.test(prompt)) return 'story';
  if (MOTIVATION.test(prompt)) return 'motivation';
  if (SELF_ASSESSMENT.test(prompt)) return 'selfAssessment';
  if (type === 'SITUATIONAL' || HYPOTHETICAL.test(prompt)) return 'hypothetical';
  // An unknown or behavioural prompt without telling phrasing ("Describe a project you are proud of")
  // still most often asks for an episode.
  return 'story';
}

/** STAR, a stated result and quantified impact are expected of stories only. */
export function usesStar(kind: AnswerKind): boolean {
  return kind === 'story';
}

export function isTechnical(type: QuestionType | undefined): boolean {
  return type === 'TECHNICAL' || type === 'SYSTEM_DESIGN' || type === 'CODING';
}
