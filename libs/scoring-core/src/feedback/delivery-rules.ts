import { THRESHOLDS as T } from '../analysis/thresholds';
import { formatDuration, plural, quoteList, topCounts } from '../text/format';
import type { Rule } from './issue';

/** How the answer was said. Delivery has no follow-up question: it is coached, not probed. */
export const DELIVERY_RULES: readonly Rule[] = [
  {
    dimension: 'communication',
    flag: 'FILLER_HEAVY',
    applies: ({ metrics }) => metrics.fillerWords.per100Words >= T.fillerNoticeablePer100,
    describe: ({ metrics, flags }) => ({
      advice: `${metrics.speech ? 'Spoken fillers' : 'Filler words'} (${topCounts(metrics.fillerWords.breakdown, 2)}) ${flags.has('FILLER_HEAVY') ? 'are frequent enough to distract' : 'creep in'}.`,
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
    describe: ({ metrics }) => {
      const thinking = metrics.thinkingSeconds ?? 0;
      // The flag is raised for the silence before the answer first, else for a pause within it.
      return thinking > T.longSilenceSeconds || !metrics.speech
        ? {
            advice: `The ${formatDuration(thinking)} silence before starting is noticeable.`,
            concern: 'A long silence can read as being stuck.',
            action: 'Practise a short bridge ("Let me pick the best example...") and start speaking within 15 seconds.',
            followUp: null,
          }
        : {
            advice: `The ${formatDuration(metrics.speech.longestPauseSeconds)} pause ${formatDuration(metrics.speech.longestPauseAtSeconds ?? 0)} into your recording is noticeable.`,
            concern: 'Going quiet mid-answer can read as having lost the thread.',
            action: 'When you need a moment mid-answer, say so and recap out loud ("So far I have...") instead of going silent.',
            followUp: null,
          };
    },
  },
  {
    dimension: 'communication',
    applies: ({ metrics: { speech } }) =>
      speech !== null &&
      speech.speakingSeconds >= 30 &&
      (speech.pauseCount / speech.speakingSeconds) * 60 >= T.choppyPausesPerMinute,
    describe: ({ metrics }) => {
      const speech = metrics.speech!;
      return {
        advice: `Your recording has ${plural(speech.pauseCount, 'pause')} of ${T.pauseSeconds} s or more in ${formatDuration(speech.speakingSeconds)} of speaking (the longest ${formatDuration(speech.longestPauseSeconds)}): the answer sounds choppy.`,
        concern: null,
        action: `Outline the answer in three beats before you start, then record it again aiming for under ${T.choppyPausesPerMinute} such pauses a minute.`,
        followUp: null,
      };
    },
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
