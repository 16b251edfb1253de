/**
 * Sentences about one's own habits and traits ("I sometimes...", "I'm working on...", "my biggest
 * weakness"). A self-assessment question ("What is your greatest weakness?") is answered with them,
 * rarely with the prompt's own words, so they tell an answer on topic where term overlap cannot.
 */
const SELF_DESCRIPTION =
  /\bi(?:'m| am)? (?:sometimes|often|usually|tend to|can be|find it|struggle|take on|get (?:too|very|easily)|need to (?:get better|improve|work on)|have (?:trouble|a habit|a tendency))\b|\bi(?:'m| am) (?:too|not (?:great|good|the best)|(?:working|trying) (?:on|to)|learning to)\b|\bmy (?:biggest |greatest |main |real )?(?:weakness|weaknesses|strength|strengths|flaw|habit|tendency)\b/g;
const SELF_DESCRIPTION_MIN = 2;

/** Whether the (lower-case) answer describes the candidate themself, twice or more. */
export const describesSelf = (lower: string): boolean => (lower.match(SELF_DESCRIPTION) ?? []).length >= SELF_DESCRIPTION_MIN;
