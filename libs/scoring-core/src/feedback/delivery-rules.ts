import { THRESHOLDS as T } from '../analysis/thresholds';
import { formatDuration, quoteList, topCounts } from '../text/format';
import type { Rule } from './issue';

/** How the answer was said. Delivery has no follow-up question: it is coached, not probed. */
export const DELIVERY_RULES: readonly Rule[] = [
  {
    dimension: 'communication',
    flag: 'FILLER_HEAVY',
    applies: ({ metrics }) => metrics.fillerWords.per100Words >= T.fillerNoticeablePer100,
    describe: ({ metrics, flags }) => ({
      advice: `Filler words (${topCounts(metrics.fillerWords.breakdown, 2)}) ${flags.has('FILLER_HEAVY') ? 'are frequent enough to distract' : 'creep in'}.`,
      concern: flags.has('FILLER_HEAVY') ? 'Frequent fillers can read as nervous or under-prepared.' : null,
      action: `Record a 60-second answer and replace each filler with a short silent pause; repeat until you are under ${T.fillerNoticeablePer100} per 100 words (now ${metrics.fillerWords.per100Words}).`,
      followUp: null,
    }),
  },
  {
    dimension: 'communication',
    flag: 'RAMBLING',
    applies: ({ flags }) => flags.has('RAMBLING') || flags.has('OVER_TIME'),
    describe: ({ metrics, question }) => {
      const limit = question.timeLimitSeconds;
      const target = limit !== undefined && limit > 0 ? Math.min(limit, T.conciseSeconds) : T.conciseSeconds;
      return {
        advice: `At ${formatDuration(metrics.durationSeconds)} the answer is too long${limit ? ` for the ${formatDuration(limit)} limit` : ''}; tighten it.`,
        concern: 'A real interviewer might cut you off or lose the thread.',
        action: `Cut the answer to under ${formatDuration(target)}: one sentence of context, three of action, one of result; time yourself.`,
        followUp: null,
      };
    },
  },
  {
    dimension: 'communication',
    flag: 'EXCESSIVE_HEDGING',
    applies: ({ metrics }) => metrics.hedging.count >= T.hedgesNoticeable,
    describe: ({ metrics, flags }) => ({
      advice: `Hedges like ${quoteList(metrics.hedging.phrases)} soften your claims.`,
      concern: flags.has('EXCESSIVE_HEDGING') ? 'Hedging can signal low confidence, or distance from your own work.' : null,
      action:
        'Replace each hedge with a direct claim or an explicit assumption ("I measured...", "I assumed..."), then re-record.',
      followUp: null,
    }),
  },
  {
    dimension: 'communication',
    flag: 'LONG_SILENCE',
    applies: ({ flags }) => flags.has('LONG_SILENCE'),
    describe: ({ metrics }) => ({
      advice: `The ${formatDuration(metrics.thinkingSeconds ?? 0)} silence before starting is noticeable.`,
      concern: 'A long silence can read as being stuck.',
      action: 'Practise a short bridge ("Let me pick the best example...") and start speaking within 15 seconds.',
      followUp: null,
    }),
  },
  {
    dimension: 'communication',
    applies: ({ flags }) => flags.has('PACE_TOO_FAST') || flags.has('PACE_TOO_SLOW'),
    describe: ({ metrics, flags }) => {
      const fast = flags.has('PACE_TOO_FAST');
      return {
        advice: `${metrics.wordsPerMinute} words per minute is ${fast ? 'hard to follow' : 'slow enough to lose attention'}.`,
        concern: fast ? 'Rushing can read as nervousness.' : 'A slow pace can read as uncertainty.',
        action: `Read a 150-word answer aloud against a timer until it takes about a minute (${fast ? 'slow down' : 'speed up'} to ${T.paceTargetWpm} wpm).`,
        followUp: null,
      };
    },
  },
];
