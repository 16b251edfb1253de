/** Limits shared by the red flags, the dimension scores and the feedback that cites them. */
export const THRESHOLDS = {
  /**
   * Below this many words of the candidate's own (fillers, words repeated from the question and text
   * addressed to the grader not counted) there is too little to judge, and the score is withheld: the
   * shortest complete answer to a quick question, a claim and its reason ("A hash map, because lookups
   * are O(1)"), takes about seven words, while fewer can only name something without saying anything
   * about it, and any score would be a guess.
   */
  minEvidenceWords: 7,
  /** Under this an answer is scored, but flagged as too short to show a real example. */
  tooShortWords: 20,
  /** Past two minutes an answer starts to lose concision... */
  conciseSeconds: 120,
  /** ...and after about three minutes interviewers lose the thread. */
  ramblingSeconds: 180,
  longSilenceSeconds: 30,
  /** A gap in speech a listener hears as a pause rather than a breath... */
  pauseSeconds: 1.5,
  /** ...one short enough to read as a comma (it sets off a filler "like" or "you know")... */
  commaPauseSeconds: 0.3,
  /** ...and one within the answer long enough to read as being stuck. */
  longPauseSeconds: 10,
  /** Pauses this frequent (per minute of speaking) break the flow. */
  choppyPausesPerMinute: 4,
  offTopicRelevance: 0.15,
  /** Word overlap of a short answer is too noisy to call it off-topic. */
  offTopicMinWords: 30,
  /** Fillers a listener starts to notice, and the target in practice drills. */
  fillerNoticeablePer100: 2,
  fillerHeavyPer100: 5,
  /** Hedges a listener starts to notice... */
  hedgesNoticeable: 2,
  /** ...and the density that undercuts confidence. */
  hedgesPer100: 2,
  hedgesMinCount: 3,
  lowOwnershipRatio: 0.34,
  lowOwnershipMinWe: 3,
  paceFastWpm: 190,
  paceSlowWpm: 90,
  /** The comfortable range coached toward. */
  paceTargetWpm: '120-170',
  /** Pace of a very short clip says little. */
  paceMinWords: 30,
} as const;
