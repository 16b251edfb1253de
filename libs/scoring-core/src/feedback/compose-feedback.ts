import type { AnswerFeedback, AnswerMetrics } from '../types';
import { describePace } from '../metrics/timing';
import { plural, topCounts } from '../text/format';
import type { DiagnosisContext, Issue } from './issue';
import { quotedAction } from './phrasing';

const MAX_ACTION_ITEMS = 3;

export interface Coaching {
  feedback: AnswerFeedback;
  actionItems: string[];
  followUpQuestion: string;
}

function strengths(m: AnswerMetrics, usesStar: boolean): string[] {
  const found: string[] = [];
  if (usesStar && m.star.situation.found && m.star.action.found && m.star.result.found) found.push('a complete story arc');
  if (m.quantifiedResults.length > 0) found.push(plural(m.quantifiedResults.length, 'quantified result'));
  if (m.talkingPointCoverage.ratio === 1) found.push('every talking point covered');
  if (usesStar && m.ownership.ratio !== null && m.ownership.ratio >= 0.6) found.push('clear personal ownership');
  return found;
}

function deliverySummary(m: AnswerMetrics): string {
  const fillers = m.fillerWords.total ? ` (${topCounts(m.fillerWords.breakdown)})` : '';
  const hedges = m.hedging.count ? ` and ${plural(m.hedging.count, 'hedge')}` : '';
  return `${plural(m.wordCount, 'word')} in ${describePace(m)}, with ${m.fillerWords.per100Words} fillers per 100 words${fillers}${hedges}.`;
}

/** For an answer with no gaps: probe the judgment behind it, in the candidate's own words. */
function defaultFollowUp(ctx: DiagnosisContext, action: string | null): string {
  if (ctx.question.type === 'CASE') {
    return 'What if your most important assumption were off by a factor of two: how would your conclusion change, and why?';
  }
  if (ctx.kind === 'motivation') return 'What would make you turn this role down, and why?';
  if (ctx.kind === 'selfAssessment') return 'How has that changed the way you work over the last year?';
  if (ctx.kind === 'hypothetical') return 'What if your first step did not work: what would you do next, and why?';
  if (!ctx.usesStar) {
    return 'What if the requirements changed, for example ten times the load: how would your approach change, and why?';
  }
  return action
    ? `Why did you choose that approach when ${action}, and what would you do differently next time?`
    : 'Why did you choose that approach, and what would you do differently if you faced the same situation again?';
}

/** The form of every follow-up question: it probes with why, how or what if. */
export const FOLLOW_UP_FORM = /^(?:why|how|what if)\b[^?]*\?$/i;

export function composeCoaching(ctx: DiagnosisContext, issues: readonly Issue[]): Coaching {
  const content = issues.filter((i) => i.dimension !== 'communication');
  const delivery = issues.filter((i) => i.dimension === 'communication');
  const concerns = issues.map((i) => i.concern).filter((c): c is string => c !== null);
  const followUpQuestion = issues.find((i) => i.followUp !== null)?.followUp ?? defaultFollowUp(ctx, quotedAction(ctx.metrics));
  const found = strengths(ctx.metrics, ctx.usesStar);

  const stronger = content.length
    ? content
        .slice(0, 2)
        .map((i) => i.advice)
        .join(' ')
    : `This answer is already strong${found.length ? ` (${found.join(', ')})` : ''}; to make it memorable, add one sentence on what you learned or would do differently.`;
  const verdict = delivery.length
    ? delivery
        .slice(0, 2)
        .map((i) => i.advice)
        .join(' ')
    : ctx.flags.has('TOO_SHORT')
      ? 'There is too little speech to judge the delivery further.'
      : 'The delivery is clean, concise and confident.';
  const communication =
    ctx.metrics.wordCount === 0
      ? 'No answer was recorded, so there is no delivery to assess.'
      : `${deliverySummary(ctx.metrics)} ${verdict}`;
  const concernText = concerns.length
    ? concerns.slice(0, 3).join(' ')
    : `No major red flags; expect the interviewer to probe deeper: "${followUpQuestion}"`;

  const actionItems = issues.slice(0, MAX_ACTION_ITEMS).map((i) => i.action);
  if (actionItems.length === 0) {
    actionItems.push('Answer the follow-up question out loud in under a minute, keeping the same structure and numbers.');
  }
  return { feedback: { stronger, communication, concerns: concernText }, actionItems, followUpQuestion };
}
