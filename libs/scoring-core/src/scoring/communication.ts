import { THRESHOLDS as T } from '../analysis/thresholds';
import { describePace } from '../metrics/timing';
import { plural, topCounts } from '../text/format';
import { type DimensionScorer, toLevel } from './context';

/** Past the rambling mark, the penalty keeps growing for this long before it tops out. */
const RAMBLING_RAMP_SECONDS = 120;

/** Delivery starts at 5 and loses points for each habit a listener would notice. */
export const scoreCommunication: DimensionScorer = ({ metrics: m, flags }) => {
  const fillers = m.fillerWords.per100Words;
  const hedgesPer100 = m.wordCount > 0 ? (m.hedging.count / m.wordCount) * 100 : 0;
  const overBy = m.durationSeconds - T.ramblingSeconds;
  const concisionWindow = T.ramblingSeconds - T.conciseSeconds;

  let penalty = Math.min(3, Math.max(0, fillers - 0.5) * 0.55) + Math.min(1, hedgesPer100 * 0.4);
  if (flags.has('RAMBLING')) penalty += 1.5 + Math.min(1, overBy / RAMBLING_RAMP_SECONDS);
  else penalty += Math.max(0, m.durationSeconds - T.conciseSeconds) / concisionWindow;
  if (flags.has('OVER_TIME')) penalty += flags.has('RAMBLING') ? 0.5 : 1;
  if (flags.has('PACE_TOO_FAST') || flags.has('PACE_TOO_SLOW')) penalty += 1;
  if (flags.has('LONG_SILENCE')) penalty += 0.5;
  if (m.wordCount < 50) penalty += 0.5;
  if (m.sentences.averageWords > 30) penalty += 0.5;

  const fillerNote = m.fillerWords.total ? ` (${topCounts(m.fillerWords.breakdown)})` : '';
  const hedges = m.hedging.count ? `, ${plural(m.hedging.count, 'hedge')}` : '';
  const pauses = m.speech ? `, ${plural(m.speech.pauseCount, 'pause')} of ${T.pauseSeconds} s or more` : '';
  return {
    score: toLevel(5 - penalty),
    rationale: `${fillers} fillers per 100 words${fillerNote}${hedges}; ${describePace(m)}${pauses}; ${m.sentences.averageWords} words per sentence.`,
  };
};
