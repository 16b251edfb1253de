import { analyzeAnswer, type QuestionInput, weightedOverall } from '@mockint/scoring-core';
import { defaultCriteria } from '../rubrics/default-criteria';
import type { RubricCriterion } from '../rubrics/rubric-version.entity';
import { type Judgement, parseJudgement } from '../scoring/judgement';
import { combineJudgements } from '../scoring/panel';
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

const scoredFrom = (judgement: Judgement, input: JudgeInput): Scored => ({
  overall: weightedOverall(judgement.criteria.map((c, i) => ({ score: c.score, weight: input.criteria[i].weight }))),
  criteria: byKey(judgement.criteria),
});

/** What the judge is asked; null when the analyzer finds too little to judge (the API does not ask then either). */
function judgeInput(
  rubric: { id: string; criteria: readonly RubricCriterion[] },
  question: QuestionInput,
  answer: string,
): JudgeInput | null {
  const analysis = analyzeAnswer(question, { text: answer });
  if (analysis.evidence === 'INSUFFICIENT') return null;
  return judgeInputFor(
    rubric,
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

/**
 * One model of the API's LLM judge on the default rubric. Like the API it caches judgements by content
 * (an answer met twice in a file is judged once); `retest` calls the model again, past the cache.
 */
export class LlmScorer implements Scorer {
  /** First judgements, and second ones (retests), by content: the panel's figures come from the same calls. */
  private readonly passes = [new Map<string, Promise<Judgement>>(), new Map<string, Promise<Judgement>>()];

  constructor(
    private readonly judge: LlmJudge,
    readonly rubric: { id: string; criteria: readonly RubricCriterion[] } = DEFAULT_RUBRIC_VERSION,
  ) {}

  get name(): string {
    return `llm:${this.judge.model}`;
  }

  async score(question: QuestionInput, answer: string): Promise<Scored> {
    const input = judgeInput(this.rubric, question, answer);
    return input ? scoredFrom(await this.judgementOf(input), input) : WITHHELD;
  }

  async retest(question: QuestionInput, answer: string): Promise<Scored> {
    const input = judgeInput(this.rubric, question, answer);
    return input ? scoredFrom(await this.judgementOf(input, true), input) : WITHHELD;
  }

  /** The model's judgement of `input`, asked once per content; `retest`: the second judgement, asked past the first. */
  judgementOf(input: JudgeInput, retest = false): Promise<Judgement> {
    const pass = this.passes[retest ? 1 : 0];
    const key = this.judge.cacheKey(input);
    let judged = pass.get(key);
    if (!judged) {
      judged = this.call(input);
      pass.set(key, judged);
      // A failure is reported for its line; the next line with the same answer asks again.
      judged.catch(() => pass.delete(key));
    }
    return judged;
  }

  private async call(input: JudgeInput): Promise<Judgement> {
    const reply = await this.judge.judge(input);
    return parseJudgement(
      reply.content,
      input.criteria.map((c) => c.key),
      input.answer,
    );
  }
}

/** Several models as the API combines them (median per criterion), from the same calls as each model's own figures. */
export class PanelScorer implements Scorer {
  constructor(private readonly models: readonly LlmScorer[]) {}

  get name(): string {
    return `llm:${this.models.map((m) => m.name.slice('llm:'.length)).join(' + ')}`;
  }

  score(question: QuestionInput, answer: string): Promise<Scored> {
    return this.combined(question, answer, false);
  }

  retest(question: QuestionInput, answer: string): Promise<Scored> {
    return this.combined(question, answer, true);
  }

  private async combined(question: QuestionInput, answer: string, retest: boolean): Promise<Scored> {
    const input = judgeInput(this.models[0].rubric, question, answer);
    if (!input) return WITHHELD;
    const judgements = await Promise.all(this.models.map((m) => m.judgementOf(input, retest)));
    return scoredFrom(combineJudgements(judgements.map((judgement, i) => ({ model: this.models[i].name, judgement }))), input);
  }
}
