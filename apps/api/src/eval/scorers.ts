import { analyzeAnswer, type QuestionInput, weightedOverall } from '@mockint/scoring-core';
import { defaultCriteria } from '../rubrics/default-criteria';
import type { RubricCriterion } from '../rubrics/rubric-version.entity';
import { parseJudgement } from '../scoring/judgement';
import { type JudgeInput, judgeInputFor, type LlmJudge } from '../scoring/llm-judge';

/** One scorer's verdict on an answer: 0..100 overall (null when withheld) and 1..5 per criterion key. */
export interface Scored {
  overall: number | null;
  criteria: Record<string, number>;
}

export interface Scorer {
  readonly name: string;
  score(question: QuestionInput, answer: string): Promise<Scored>;
  /** Scores again without any cache, for test-retest; absent for deterministic scorers. */
  retest?(question: QuestionInput, answer: string): Promise<Scored>;
}

const byKey = (criteria: readonly { key: string; score: number }[]): Record<string, number> =>
  Object.fromEntries(criteria.map((c) => [c.key, c.score]));

/** The offline analyzer with the default rubric, exactly as `npm run analyze` scores. */
export const analyzerScorer: Scorer = {
  name: 'analyzer',
  score: (question, answer) => {
    const result = analyzeAnswer(question, { text: answer });
    return Promise.resolve({ overall: result.overallScore, criteria: byKey(result.criteria) });
  },
};

/** Too little in the answer to judge: no score, as the API stores it. */
const WITHHELD: Scored = { overall: null, criteria: {} };

/** The rubric the harness judges against: the default one every organization starts with. */
const DEFAULT_RUBRIC_VERSION = { id: 'default-rubric', criteria: defaultCriteria() };

/**
 * The API's LLM judge on the default rubric. Like the API it caches judgements by content (an answer
 * met twice in a file is judged once); `retest` calls the model again, past the cache.
 */
export class LlmScorer implements Scorer {
  private readonly cache = new Map<string, Scored>();

  constructor(
    private readonly judge: LlmJudge,
    private readonly rubric: { id: string; criteria: readonly RubricCriterion[] } = DEFAULT_RUBRIC_VERSION,
  ) {}

  get name(): string {
    return `llm:${this.judge.model}`;
  }

  async score(question: QuestionInput, answer: string): Promise<Scored> {
    const input = this.input(question, answer);
    if (!input) return WITHHELD;
    const key = this.judge.cacheKey(input);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const scored = await this.call(input);
    this.cache.set(key, scored);
    return scored;
  }

  retest(question: QuestionInput, answer: string): Promise<Scored> {
    const input = this.input(question, answer);
    return input ? this.call(input) : Promise.resolve(WITHHELD);
  }

  /** What the judge is asked; null when the analyzer finds too little to judge (the API does not ask then either). */
  private input(question: QuestionInput, answer: string): JudgeInput | null {
    const analysis = analyzeAnswer(question, { text: answer });
    if (analysis.evidence === 'INSUFFICIENT') return null;
    return judgeInputFor(
      this.rubric,
      {
        prompt: question.prompt,
        // The API's questions always have a type; the analyzer reads a missing one as behavioural.
        type: question.type ?? 'BEHAVIORAL',
        competencies: question.competencies ?? [],
        talkingPoints: question.talkingPoints ?? [],
      },
      answer,
      analysis.metrics,
    );
  }

  private async call(input: JudgeInput): Promise<Scored> {
    const reply = await this.judge.judge(input);
    const { criteria } = parseJudgement(
      reply.content,
      input.criteria.map((c) => c.key),
      input.answer,
    );
    const overall = weightedOverall(criteria.map((c, i) => ({ score: c.score, weight: input.criteria[i].weight })));
    return { overall, criteria: byKey(criteria) };
  }
}
