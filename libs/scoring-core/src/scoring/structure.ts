import type { AnswerKind, StarMetrics } from '../types';
import { joinList } from '../text/format';
import { type DimensionScorer, type ScoringContext, toLevel } from './context';

// Action and result carry a story; context and task frame it.
const STAR_WEIGHTS: Record<keyof StarMetrics, number> = { situation: 0.75, task: 0.75, action: 1.25, result: 1.25 };
const STAR_PARTS = Object.keys(STAR_WEIGHTS) as (keyof StarMetrics)[];

function starStructure(ctx: ScoringContext): { raw: number; rationale: string } {
  const { star } = ctx.metrics;
  const found = STAR_PARTS.filter((p) => star[p].found);
  const missing = STAR_PARTS.filter((p) => !star[p].found);
  const raw = 1 + found.reduce((sum, p) => sum + STAR_WEIGHTS[p], 0);
  const rationale =
    missing.length === 0
      ? 'All four STAR parts (situation, task, action, result) are present.'
      : found.length === 0
        ? 'No STAR structure: no situation, task, action or result can be identified.'
        : `STAR: ${joinList(found)} found; ${joinList(missing)} missing.`;
  return { raw, rationale };
}

function reasonedStructure(ctx: ScoringContext): { raw: number; rationale: string } {
  const { reasoning, askedClarifyingQuestion, sentences } = ctx.metrics;
  // [met?, how it reads when met, how it reads when not]
  const checks: [boolean, string, string][] = [
    [
      askedClarifyingQuestion || reasoning.statesAssumptions,
      'clarifies requirements or assumptions',
      'clarify requirements or assumptions',
    ],
    [reasoning.signposts >= 2, 'signposts its steps', 'signpost its steps'],
    [reasoning.considersTradeoffs, 'weighs trade-offs', 'weigh trade-offs'],
    [reasoning.hasConclusion, 'ends with a conclusion', 'end with a conclusion'],
    [sentences.count >= 4, 'develops the reasoning over several sentences', 'develop the reasoning'],
  ];
  const met = checks.filter(([ok]) => ok).map(([, label]) => label);
  const unmet = checks.filter(([ok]) => !ok).map(([, , label]) => label);
  const rationale =
    met.length === 0
      ? 'No visible structure: no assumptions, steps, trade-offs or conclusion.'
      : `The answer ${joinList(met)}${unmet.length ? `; it does not ${joinList(unmet)}` : ''}.`;
  return { raw: 1 + met.length, rationale };
}

/** [met?, how it reads when met, how it reads when not] per expectation of the question's kind. */
type Check = [boolean, string, string];

function checkedStructure(checks: readonly Check[]): { raw: number; rationale: string } {
  const met = checks.filter(([ok]) => ok).map(([, label]) => label);
  const unmet = checks.filter(([ok]) => !ok).map(([, , label]) => label);
  const rationale =
    met.length === 0
      ? `The answer does not ${joinList(unmet)}.`
      : `The answer ${joinList(met)}${unmet.length ? `; it does not ${joinList(unmet)}` : ''}.`;
  return { raw: 1 + met.length, rationale };
}

/** Motivation: specific reasons tied to the company and role, backed by experience, ending in a contribution. */
function motivationStructure({ metrics: m }: ScoringContext): { raw: number; rationale: string } {
  return checkedStructure([
    [m.fit.givesReasons, 'gives reasons', 'give reasons'],
    [m.fit.refersToRole, 'ties them to the company or role', 'tie them to the company or role'],
    [m.star.action.found, 'backs them with your own experience', 'back them with your own experience'],
    [m.fit.statesContribution, 'says what you would bring', 'say what you would bring'],
  ]);
}

/** Strengths and weaknesses: an honest trait, an example that shows it, and what changed or is changing. */
function selfAssessmentStructure({ metrics: m }: ScoringContext): { raw: number; rationale: string } {
  return checkedStructure([
    [m.star.action.found, 'backs the trait with an example', 'back the trait with an example'],
    [
      m.fit.showsGrowth || m.star.result.found,
      'shows what changed or what you do about it',
      'show what changed or what you do about it',
    ],
    [m.fit.givesReasons, 'explains why it matters', 'explain why it matters'],
    [m.specifics.numbers + m.specifics.names.length > 0, 'gives concrete detail', 'give concrete detail'],
  ]);
}

const STRUCTURES: Record<AnswerKind, (ctx: ScoringContext) => { raw: number; rationale: string }> = {
  story: starStructure,
  hypothetical: reasonedStructure,
  reasoned: reasonedStructure,
  motivation: motivationStructure,
  selfAssessment: selfAssessmentStructure,
};

export const scoreStructure: DimensionScorer = (ctx) => {
  const { raw, rationale } = STRUCTURES[ctx.kind](ctx);
  const rambling = ctx.flags.has('RAMBLING');
  return {
    score: toLevel(rambling ? raw - 1 : raw),
    rationale: rambling ? `${rationale} Running past 3 minutes blurs the structure.` : rationale,
  };
};
