import { CONTENT_RULES } from './content-rules';
import { DELIVERY_RULES } from './delivery-rules';
import type { DiagnosisContext, Issue } from './issue';

const RULES = [...CONTENT_RULES, ...DELIVERY_RULES];
const OVERRIDING_SEVERITY = 10;

/**
 * Detected weaknesses, most severe first (weak dimension, plus a point if a red flag backs it).
 * A too-short answer gets only the "say more" issue and delivery notes; the rest would be noise.
 */
export function diagnose(ctx: DiagnosisContext): Issue[] {
  const tooShort = ctx.flags.has('TOO_SHORT');
  return RULES.filter((rule) => (!tooShort || rule.overriding || DELIVERY_RULES.includes(rule)) && rule.applies(ctx))
    .map((rule) => ({
      dimension: rule.dimension,
      severity: rule.overriding
        ? OVERRIDING_SEVERITY
        : 5 - ctx.dimensions[rule.dimension].score + (rule.flag && ctx.flags.has(rule.flag) ? 1 : 0),
      ...rule.describe(ctx),
    }))
    .sort((a, b) => b.severity - a.severity);
}
