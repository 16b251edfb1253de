/** The AI evaluation of an answer as both web apps read it (each adds the review fields it selects). */
export interface EvaluationFields {
  source: 'ANALYZER' | 'LLM' | 'ANALYZER_FALLBACK';
  overallScore: number;
  criteria: { key: string; name: string; score: number; rationale: string; evidence: string | null }[];
  redFlags: { code: string; message: string }[];
  feedback: { stronger: string; communication: string; concerns: string };
  actionItems: string[];
  followUpQuestion: string;
}
