import { competencyKey } from '../readiness/analytics-rules';

/** How many of a sitting's AI suggestions are proposed to the candidate. */
export const PROPOSED_ACTION_ITEMS = 3;

/** One action item the AI suggested on one evaluation of the sitting. */
export interface Suggestion {
  evaluationId: string;
  text: string;
  /** Its place in the evaluation's list, from 1: the analyzer lists the most pressing first. */
  rank: number;
  /** The answer's score (0..100), a coach review counting over the AI; null when withheld (too little to judge). */
  score: number | null;
  /** The question's place in the sitting and the attempt: earlier first when all else is equal. */
  position: number;
  attempt: number;
}

export interface Proposal {
  evaluationId: string;
  text: string;
  answerCount: number;
  /** Null when every answer that suggested it had its score withheld. */
  lowestScore: number | null;
}

/** Suggestions are one when their text is, ignoring case and spacing (the rule competencies are named by). */
export const suggestionKey = competencyKey;

// A withheld score ranks below any given one (nothing in the answer earned credit), as in `npm run eval`.
const rankScore = (s: Suggestion): number => s.score ?? -1;

const before = (a: Suggestion, b: Suggestion): number =>
  rankScore(a) - rankScore(b) || a.rank - b.rank || a.position - b.position || a.attempt - b.attempt;

/**
 * "The most important" of a sitting's suggestions: an item several answers suggested first (a habit,
 * not a slip), then the one from the lowest-scoring answer, then the one its evaluation lists first.
 * Items are merged ignoring case and spacing, and each is proposed from the lowest-scoring answer that
 * suggested it. `excluded` keys (kept, dropped or already open) are never proposed.
 */
export function proposeActionItems(
  suggestions: readonly Suggestion[],
  excluded: ReadonlySet<string>,
  limit = PROPOSED_ACTION_ITEMS,
): Proposal[] {
  const groups = new Map<string, Suggestion[]>();
  for (const suggestion of suggestions) {
    const key = suggestionKey(suggestion.text);
    if (!key || excluded.has(key)) continue;
    groups.set(key, [...(groups.get(key) ?? []), suggestion]);
  }
  return [...groups.entries()]
    .map(([key, group]) => {
      const scores = group.flatMap((s) => (s.score === null ? [] : [s.score]));
      return {
        key,
        answerCount: new Set(group.map((s) => s.evaluationId)).size,
        best: [...group].sort(before)[0],
        lowestScore: scores.length > 0 ? Math.min(...scores) : null,
      };
    })
    .sort((a, b) => b.answerCount - a.answerCount || before(a.best, b.best) || a.key.localeCompare(b.key))
    .slice(0, limit)
    .map(({ best, answerCount, lowestScore }) => ({
      evaluationId: best.evaluationId,
      text: best.text,
      answerCount,
      lowestScore,
    }));
}
