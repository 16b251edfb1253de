/** The AI evaluation of an answer as both web apps read it (each adds the review fields it selects). */
export interface EvaluationFields {
  source: 'ANALYZER' | 'LLM' | 'ANALYZER_FALLBACK';
  /** INSUFFICIENT_EVIDENCE: too little to judge; the score is withheld (null) and `evidenceReason` says why. */
  status: 'SCORED' | 'INSUFFICIENT_EVIDENCE';
  /** 0..100; null when withheld. */
  overallScore: number | null;
  evidenceReason: string | null;
  criteria: { key: string; name: string; score: number; rationale: string; evidence: string | null }[];
  redFlags: { code: string; message: string }[];
  feedback: { stronger: string; communication: string; concerns: string };
  actionItems: string[];
  followUpQuestion: string;
}
