// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

export type QuestionType = 'BEHAVIORAL' | 'TECHNICAL' | 'SYSTEM_DESIGN' | 'CODING' | 'CASE' | 'SITUATIONAL';

/**
 * What the question asks for, which decides what a good answer looks like: a story from the past
 * (STAR), a plan for a hypothetical, reasons for wanting the role, an honest self-assessment, or
 * reasoning through a technical or case problem.
 */
export type AnswerKind = 'story' | 'hypothetical' | 'motivation' | 'selfAssessment' | 'reasoned';

export interface QuestionInput {
  prompt: string;
  type?: QuestionType;
  competencies?: string[];
  talkingPoints?: string[];
  timeLimitSeconds?: number;
}

export interface AnswerInput {
  /** What is judged for content: typed, or the (corrected) transcript of a spoken answer. */
  text: string;
  /** Seconds from the question being shown to the first word (to the recording's start for a spoken answer). */
  thinkingSeconds?: number;
  /** Ignored for a spoken answer: its speech gives the speaking time. */
  durationSeconds?: number;
  /** A spoken answer's recognised words and their timings; pace, pauses and fillers then come from it. */
  speech?: SpeechInput;
}

export interface SpokenWord {
  word: string;
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
}

export interface SpokenSegment {
  start: number;
  end: number;
  text: string;
}

/** A transcript with timings: words when the transcriber gave them, else its segments. */
export interface SpeechInput {
  /** Length of the whole recording (all its parts), seconds. */
  durationSeconds: number;
  words: readonly SpokenWord[];
  segments: readonly SpokenSegment[];
}

export type RubricLevel = 1 | 2 | 3 | 4 | 5;

export interface RubricCriterion {
  key?: string;
  name: string;
  description?: string;
  weight: number;
  levels?: Record<RubricLevel, string>;
}

export interface RubricInput {
  name: string;
  criteria: RubricCriterion[];
}

// ---------------------------------------------------------------------------------------------
// Metrics
// ---------------------------------------------------------------------------------------------

export interface FillerMetrics {
  total: number;
  per100Words: number;
  /** Count per normalized filler ("um", "like", "you know", ...). */
  breakdown: Record<string, number>;
}

export interface StarPart {
  found: boolean;
  sentences: string[];
}

export interface StarMetrics {
  situation: StarPart;
  task: StarPart;
  action: StarPart;
  result: StarPart;
}

export type QuantityKind = 'percent' | 'money' | 'multiplier' | 'duration' | 'count' | 'year';

export interface Quantity {
  /** The number as written, with its unit ("40%", "$20k", "3 weeks", "doubled"). */
  value: string;
  kind: QuantityKind;
  /** The clause around it ("cut onboarding time from 3 weeks to 5 days"). */
  phrase: string;
}

export interface OwnershipMetrics {
  iCount: number;
  weCount: number;
  /** iCount / (iCount + weCount); null when the answer uses neither. */
  ratio: number | null;
}

export interface HedgingMetrics {
  count: number;
  phrases: string[];
}

export interface TalkingPointCoverage {
  covered: string[];
  missed: string[];
  /** covered / total; null when the question has no talking points. */
  ratio: number | null;
}

export interface SpecificsMetrics {
  /** Numbers of any kind (results, team sizes, dates...). */
  numbers: number;
  /** Capitalized names and acronyms that are not sentence-initial ("Kafka", "Priya", "QA"). */
  names: string[];
  technicalTerms: string[];
  /** Placeholder words that replace detail ("stuff", "a lot", "various"). */
  vagueTerms: string[];
}

/** Signals of a reasoned (non-story) answer: technical, design, case questions. */
export interface ReasoningMetrics {
  signposts: number;
  considersTradeoffs: boolean;
  statesAssumptions: boolean;
  hasConclusion: boolean;
}

/** Signals of the non-story answers: motivation, self-assessment and hypothetical questions. */
export interface FitMetrics {
  /** Explains why ("because", "that's why", "the reason"). */
  givesReasons: boolean;
  /** Refers to the company, team, product or role itself ("your product", a company name). */
  refersToRole: boolean;
  /** Says what the candidate would bring or do there ("I would bring", "I can help"). */
  statesContribution: boolean;
  /** Shows reflection or growth ("I have learned", "I now", "I'm working on"). */
  showsGrowth: boolean;
}

export interface SentenceStats {
  count: number;
  averageWords: number;
  longestWords: number;
}

/** WORD: measured between recognised words; SEGMENT: only between the transcriber's segments (coarser). */
export type SpeechTiming = 'WORD' | 'SEGMENT';

/** Delivery measured from a recording's timings. */
export interface SpeechMetrics {
  timing: SpeechTiming;
  recordingSeconds: number;
  /** From the first word's start to the last word's end. */
  speakingSeconds: number;
  silenceBeforeFirstWordSeconds: number;
  /** Gaps between words (or segments) of at least THRESHOLDS.pauseSeconds. */
  pauseCount: number;
  longestPauseSeconds: number;
  /** Where the longest pause starts, seconds into the recording; null without one. */
  longestPauseAtSeconds: number | null;
  /** Words recognised (fillers included). */
  wordCount: number;
  /** Over the speaking time. */
  wordsPerMinute: number;
  fillerWords: FillerMetrics;
}

export interface AnswerMetrics {
  wordCount: number;
  durationSeconds: number;
  /** True when durationSeconds was not given and was estimated at ESTIMATED_WPM. */
  durationEstimated: boolean;
  wordsPerMinute: number;
  thinkingSeconds: number | null;
  fillerWords: FillerMetrics;
  star: StarMetrics;
  quantifiedResults: Quantity[];
  specifics: SpecificsMetrics;
  ownership: OwnershipMetrics;
  hedging: HedgingMetrics;
  askedClarifyingQuestion: boolean;
  reasoning: ReasoningMetrics;
  talkingPointCoverage: TalkingPointCoverage;
  /** 0..1 topical overlap with the prompt, talking points and competencies. */
  relevance: number;
  fit: FitMetrics;
  sentences: SentenceStats;
  /**
   * Set for a spoken answer: duration, pace and fillers above then come from the recording, and
   * thinkingSeconds includes its silence before the first word. Null for a typed answer.
   */
  speech: SpeechMetrics | null;
}

// ---------------------------------------------------------------------------------------------
// Analysis
// ---------------------------------------------------------------------------------------------

export type RedFlagCode =
  | 'TOO_SHORT'
  | 'RAMBLING'
  | 'OVER_TIME'
  | 'LONG_SILENCE'
  | 'MISSING_RESULT'
  | 'NO_SPECIFICS'
  | 'OFF_TOPIC'
  | 'FILLER_HEAVY'
  | 'EXCESSIVE_HEDGING'
  | 'LOW_OWNERSHIP'
  | 'PACE_TOO_FAST'
  | 'PACE_TOO_SLOW'
  /** Part of the answer tries to instruct the grader ("ignore the rubric"); it is not scored. */
  | 'ADDRESSES_GRADER'
  /** Mostly a list of terms (the question's talking points) without sentences that use them. */
  | 'KEYWORD_LIST'
  /** Mostly the question or its talking points, word for word. */
  | 'COPIED_FROM_QUESTION'
  /** Not readable text: random letters, a string of words without grammar, or one phrase repeated. */
  | 'GIBBERISH'
  /** Written in another language than the question. */
  | 'OTHER_LANGUAGE';

export interface RedFlag {
  code: RedFlagCode;
  message: string;
}

/** What the analyzer can score; rubric criteria are mapped onto these. */
export type DimensionKey =
  'structure' | 'specificity' | 'impact' | 'relevance' | 'communication' | 'ownership' | 'technicalDepth';

export interface DimensionScore {
  score: RubricLevel;
  rationale: string;
}

export type DimensionScores = Record<DimensionKey, DimensionScore>;

export interface CriterionScore {
  key: string;
  name: string;
  weight: number;
  /** Integer 1..5. */
  score: RubricLevel;
  rationale: string;
  /** The analyzer dimension the criterion was mapped to. */
  dimension: DimensionKey | 'composite';
}

export interface AnswerFeedback {
  /** What would make this answer stronger? */
  stronger: string;
  /** How was the communication style? */
  communication: string;
  /** What concerns might a real interviewer have? */
  concerns: string;
}

interface AnalysisBase {
  /** What the question asks for; it decides which expectations apply (STAR for stories only). */
  answerKind: AnswerKind;
  metrics: AnswerMetrics;
  redFlags: RedFlag[];
  feedback: AnswerFeedback;
  actionItems: string[];
  followUpQuestion: string;
}

/** Enough of the candidate's own words to judge: every criterion is scored. */
export interface ScoredAnalysis extends AnalysisBase {
  evidence: 'SUFFICIENT';
  criteria: CriterionScore[];
  /** 0..100, weighted from the criterion scores. */
  overallScore: number;
  evidenceReason: null;
}

/**
 * Too little to judge (no answer, a silent recording, a few words once fillers, the question's own
 * words and text addressed to the grader are discounted): no criterion is scored and the score is
 * withheld rather than guessed; the reason says what to do.
 */
export interface WithheldAnalysis extends AnalysisBase {
  evidence: 'INSUFFICIENT';
  criteria: [];
  overallScore: null;
  evidenceReason: string;
}

export type Evidence = AnswerAnalysis['evidence'];

export type AnswerAnalysis = ScoredAnalysis | WithheldAnalysis;
