import {
  competencyKey,
  ComponentWeights,
  HALF_LIFE_DAYS,
  LevelThresholds,
  MAX_EVALUATIONS_PER_COMPETENCY,
  TREND_WEEKS,
  TREND_POINTS_PER_STEP,
} from './analytics-rules';
import { DAY_MS } from '../common/period';
import { ReadinessComponentKey, ReadinessLevel } from './readiness.types';

/** One evaluation of the candidate with the score that counts (a coach's review wins). */
export interface ScoredEvaluation {
  id: string;
  score: number;
  at: Date;
  /** The competencies of the question, as written there. */
  competencies: string[];
}

export interface ReadinessInput {
  now: Date;
  evaluations: ScoredEvaluation[];
  /** The cohort's required competencies (names); empty: every competency practised counts. */
  required: string[];
  /** The candidate's assignments in the cohort. */
  assignments: { dueAt: Date | null; completed: boolean }[];
  thresholds: LevelThresholds;
  weights: ComponentWeights;
  /** The organization's own competency names, by key: how a competency is shown. */
  names: Map<string, string>;
}

export interface Evidence {
  evaluationId: string;
  score: number;
  at: Date;
  /** The evaluation's share of the competency's score, 0..1. */
  weight: number;
}

export interface CompetencyFigure {
  competency: string;
  name: string;
  required: boolean;
  /** Recency-weighted mean (0..100); null when never evaluated. */
  score: number | null;
  evaluations: number;
  first: number | null;
  latest: number | null;
  evidence: Evidence[];
}

export interface ComponentFigure {
  key: ReadinessComponentKey;
  weight: number;
  value: number;
  points: number;
  explanation: string;
}

export interface ReadinessFigures {
  score: number;
  level: ReadinessLevel;
  trend: number | null;
  components: ComponentFigure[];
  competencies: CompetencyFigure[];
  evaluationCount: number;
}

const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;
const round1 = (n: number): number => round(n, 1);
const mean = (values: number[]): number | null => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

export function levelOf(score: number, t: LevelThresholds): ReadinessLevel {
  if (score >= t.interviewReady) return ReadinessLevel.INTERVIEW_READY;
  if (score >= t.ready) return ReadinessLevel.READY;
  if (score >= t.developing) return ReadinessLevel.DEVELOPING;
  return ReadinessLevel.NOT_READY;
}

/** Weights scaled to sum 1, so an organization may give them in any unit. */
export function normalisedWeights(weights: ComponentWeights): ComponentWeights {
  const total = weights.competencies + weights.coverage + weights.completion + weights.trend;
  return {
    competencies: weights.competencies / total,
    coverage: weights.coverage / total,
    completion: weights.completion / total,
    trend: weights.trend / total,
  };
}

/**
 * Per competency, the most recent evaluations (MAX_EVALUATIONS_PER_COMPETENCY), each weighted by
 * recency: a weight halves every HALF_LIFE_DAYS.
 */
function competencyFigures(input: ReadinessInput): CompetencyFigure[] {
  const required = new Map(input.required.map((name) => [competencyKey(name), name]));
  const byKey = new Map<string, { name: string; evaluations: ScoredEvaluation[] }>();
  for (const [key, name] of required) byKey.set(key, { name, evaluations: [] });
  const newestFirst = [...input.evaluations].sort((a, b) => b.at.getTime() - a.at.getTime());
  for (const evaluation of newestFirst) {
    for (const name of new Set(evaluation.competencies)) {
      const key = competencyKey(name);
      if (!key) continue;
      const entry = byKey.get(key) ?? { name, evaluations: [] };
      entry.evaluations.push(evaluation);
      byKey.set(key, entry);
    }
  }
  return [...byKey].map(([key, { name, evaluations }]) => {
    const recent = evaluations.slice(0, MAX_EVALUATIONS_PER_COMPETENCY);
    const decay = recent.map((e) => 0.5 ** (Math.max(0, input.now.getTime() - e.at.getTime()) / DAY_MS / HALF_LIFE_DAYS));
    const total = decay.reduce((a, b) => a + b, 0);
    return {
      competency: key,
      name: input.names.get(key) ?? required.get(key) ?? name,
      required: required.has(key),
      score: recent.length ? round1(recent.reduce((sum, e, i) => sum + e.score * decay[i], 0) / total) : null,
      evaluations: evaluations.length,
      first: evaluations.length ? evaluations[evaluations.length - 1].score : null,
      latest: evaluations.length ? evaluations[0].score : null,
      evidence: recent.map((e, i) => ({ evaluationId: e.id, score: e.score, at: e.at, weight: round(decay[i] / total, 3) })),
    };
  });
}

/** Mean score of the last TREND_WEEKS weeks minus the mean of the TREND_WEEKS before; null without both. */
function trendOf(input: ReadinessInput): { delta: number | null; recent: number[]; before: number[] } {
  const span = TREND_WEEKS * 7 * DAY_MS;
  const age = (e: ScoredEvaluation) => input.now.getTime() - e.at.getTime();
  const recent = input.evaluations.filter((e) => age(e) < span).map((e) => e.score);
  const before = input.evaluations.filter((e) => age(e) >= span && age(e) < 2 * span).map((e) => e.score);
  const [r, b] = [mean(recent), mean(before)];
  return { delta: r === null || b === null ? null : round1(r - b), recent, before };
}

/**
 * Readiness (0..100) of one candidate in one cohort: the weighted sum of four components, each 0..100,
 * each explaining itself.
 */
export function computeReadiness(input: ReadinessInput): ReadinessFigures {
  const weights = normalisedWeights(input.weights);
  const competencies = competencyFigures(input);
  const counted = input.required.length ? competencies.filter((c) => c.required) : competencies;
  const scored = counted.filter((c) => c.score !== null);

  const competencyValue = mean(scored.map((c) => c.score!)) ?? 0;
  const coverageValue = input.required.length ? (scored.length / counted.length) * 100 : input.evaluations.length ? 100 : 0;
  const considered = input.assignments.filter((a) => a.completed || (a.dueAt !== null && a.dueAt <= input.now));
  const completed = considered.filter((a) => a.completed).length;
  const completionValue = considered.length ? (completed / considered.length) * 100 : 100;
  const trend = trendOf(input);
  const trendValue = Math.min(100, Math.max(0, 50 + (trend.delta ?? 0) * TREND_POINTS_PER_STEP));

  const parts: [ReadinessComponentKey, number, number, string][] = [
    [
      ReadinessComponentKey.COMPETENCIES,
      weights.competencies,
      competencyValue,
      scored.length
        ? `Mean of ${scored.length} ${input.required.length ? 'required ' : ''}competenc${scored.length === 1 ? 'y' : 'ies'}, each a recency-weighted mean of its latest evaluations (weight halves every ${HALF_LIFE_DAYS} days)`
        : 'No evaluation yet',
    ],
    [
      ReadinessComponentKey.COVERAGE,
      weights.coverage,
      coverageValue,
      input.required.length
        ? `${scored.length} of ${counted.length} required competencies practised`
        : input.evaluations.length
          ? 'The cohort requires no particular competency: any practice covers it'
          : 'No practice yet',
    ],
    [
      ReadinessComponentKey.COMPLETION,
      weights.completion,
      completionValue,
      considered.length ? `${completed} of ${considered.length} due assignments completed` : 'Nothing due yet',
    ],
    [
      ReadinessComponentKey.TREND,
      weights.trend,
      trendValue,
      trend.delta === null
        ? `Not enough practice in the last ${2 * TREND_WEEKS} weeks to tell: neutral`
        : `${trend.delta >= 0 ? '+' : ''}${trend.delta} points: ${trend.recent.length} answers in the last ${TREND_WEEKS} weeks against ${trend.before.length} in the ${TREND_WEEKS} before`,
    ],
  ];
  const score = Math.round(parts.reduce((sum, [, weight, value]) => sum + weight * value, 0));
  const components = parts.map(([key, weight, value, explanation]) => ({
    key,
    weight: round(weight, 3),
    value: round1(value),
    points: round1(weight * value),
    explanation,
  }));
  return {
    score,
    level: levelOf(score, input.thresholds),
    trend: trend.delta,
    components,
    competencies: competencies.sort((a, b) => (a.score ?? -1) - (b.score ?? -1) || a.name.localeCompare(b.name)),
    evaluationCount: input.evaluations.length,
  };
}
