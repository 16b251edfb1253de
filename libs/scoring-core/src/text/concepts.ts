import { stem } from './stem';

/**
 * Small synonym groups for topics interviews keep returning to. Answers paraphrase the prompt
 * ("coworker" -> "colleague", "failed" -> "mistake"), and plain stem overlap would call that
 * off-topic. Each group collapses to the stem of its first word.
 */
const GROUPS: readonly string[] = [
  'conflict disagreement disagree argument argue dispute tension clash friction',
  'colleague coworker co-worker teammate peer',
  'manager boss supervisor',
  'customer client user',
  'deadline timeline schedule date due late delay slip overdue postpone',
  'failure fail mistake error setback misstep blunder',
  'leadership lead leader led',
  'feedback criticism critique',
  'priority prioritize prioritise prioritization',
  'decision decide chose choose choice',
  'persuade convince influence',
  'learn learnt lesson takeaway',
  'improve improvement optimize optimise enhance',
  'challenge difficult difficulty hard tough obstacle',
  'success succeed achieve achievement accomplish accomplishment',
  'performance latency speed slow fast',
  'scale scalability scalable scaling',
  'bug defect incident outage crash glitch regression',
  'solve fix resolve resolution',
  'cost budget expense spend',
  'goal objective target aim',
  'ambiguity ambiguous uncertainty uncertain unclear',
  'pressure stress stressful',
  'mentor coach teach taught train',
  'hire recruit',
  'launch ship release deploy rollout deliver delivery',
  'communicate communication',
  'collaboration collaborate cooperate cooperation teamwork',
  'motivate motivation morale inspire',
  'negotiate negotiation compromise',
  'initiative proactive volunteer',
  'change transition pivot reorganization',
  'design architecture architect',
  'test testing qa',
  'quantify metric measure measurable number percent percentage kpi',
  'outcome result impact effect',
];

const CONCEPT_OF = new Map<string, string>();
const CONCEPT_KEYS = new Set<string>();
for (const group of GROUPS) {
  const words = group.split(' ');
  const key = stem(words[0].replace(/-/g, ''));
  CONCEPT_KEYS.add(key);
  for (const word of words) CONCEPT_OF.set(stem(word.replace(/-/g, '')), key);
}

/** The concept key for a stem: its group's key, or the stem itself. */
export function conceptOf(stemmed: string): string {
  return CONCEPT_OF.get(stemmed) ?? stemmed;
}

/** Whether a term is one of the topics above (a group's key), not just any word. */
export const isTopicConcept = (term: string): boolean => CONCEPT_KEYS.has(term);

/** Concept keys that metric signals (not words) can satisfy in talking points. */
export const QUANTITY_CONCEPT = conceptOf(stem('quantify'));
export const OUTCOME_CONCEPT = conceptOf(stem('outcome'));
