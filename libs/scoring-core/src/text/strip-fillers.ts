/**
 * Removes the unambiguous fillers from a clause, so cue phrases and quotes read cleanly:
 * "I, um, like, basically profiled it" -> "I profiled it". One pass; most clauses have none.
 */
const HESITATION = String.raw`\b(?:u+h*m+|u+h+|e+r+m*|a+h+|h+m+)\b,?\s*`;
const SET_OFF = String.raw`,\s*(?:like|you know|i mean)\s*,`;
const FILLERS = new RegExp(
  // "I, like, profiled": the subject's comma and any set-off fillers after it go together.
  String.raw`\b(I|we),\s+(?:${HESITATION}|(?:like|you know|i mean),\s*)*|${HESITATION}|${SET_OFF}|\b(?:basically|literally|actually|kinda|sorta)\b\s*`,
  'gi',
);

export function withoutFillers(text: string): string {
  let changed = false;
  const stripped = text.replace(FILLERS, (match: string, subject: string | undefined) => {
    changed = true;
    if (subject) return `${subject} `;
    return match.startsWith(',') ? ' ' : '';
  });
  return changed ? stripped.replace(/\s+/g, ' ').trim() : text;
}
