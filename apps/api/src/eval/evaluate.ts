import type { Agreement } from '../agreement/kappa';
import type { LabelledData, LineError } from './labelled-data';
import type { Scored, Scorer } from './scorers';
import { criterionAgreement, PairAccuracy, pairAccuracy, spearman } from './statistics';

/** A scored answer this far from the human overall (or more) is listed for a person to read. */
export const FAR_FROM_HUMAN = 25;

export interface Retest {
  /** Distinct answers judged a second time, past the cache. */
  answers: number;
  /** Mean and largest absolute difference of the overall score between the two judgements. */
  meanAbsDifference: number | null;
  maxAbsDifference: number | null;
  /** Share of answers given the same score on every criterion both times. */
  identical: number | null;
}

export interface ScorerReport {
  scorer: string;
  pairs: PairAccuracy & { wrong: { line: number; better: number | null; worse: number | null }[] };
  overall: { count: number; spearman: number | null; withheld: number };
  /** Per criterion a person scored: agreement on the 1..5 scale (null without pairs). */
  criteria: Record<string, Agreement | null>;
  farFromHuman: { line: number; human: number; scorer: number }[];
  /** Lines the scorer could not score (the LLM failed, its reply was unusable). */
  failures: LineError[];
  retest?: Retest;
}

export interface EvalReport {
  input: { pairs: number; scored: number; withOverall: number; withCriteria: number; skipped: LineError[] };
  scorers: ScorerReport[];
}

// A withheld score ranks below every given one: the scorer judged there was nothing to credit.
const rankValue = (overall: number | null) => overall ?? -1;

async function attempt(line: number, failures: LineError[], run: () => Promise<Scored[]>) {
  try {
    return await run();
  } catch (error) {
    failures.push({ line, error: (error as Error).message });
    return undefined;
  }
}

async function measureRetest(scorer: Scorer, data: LabelledData): Promise<Retest> {
  const answers = new Map<string, { question: LabelledData['items'][number]['question']; text: string }>();
  for (const item of data.items) {
    const texts = item.kind === 'pair' ? [item.better, item.worse] : [item.answer];
    for (const text of texts) answers.set(JSON.stringify([item.question, text]), { question: item.question, text });
  }
  const differences: number[] = [];
  let identical = 0;
  for (const { question, text } of answers.values()) {
    try {
      const first = await scorer.score(question, text);
      const second = await scorer.retest!(question, text);
      differences.push(Math.abs(rankValue(first.overall) - rankValue(second.overall)));
      const keys = new Set([...Object.keys(first.criteria), ...Object.keys(second.criteria)]);
      if ([...keys].every((key) => first.criteria[key] === second.criteria[key])) identical++;
    } catch {
      // Already counted among the scorer's failures when the first pass met it.
    }
  }
  const n = differences.length;
  return {
    answers: n,
    meanAbsDifference: n ? differences.reduce((a, b) => a + b, 0) / n : null,
    maxAbsDifference: n ? Math.max(...differences) : null,
    identical: n ? identical / n : null,
  };
}

async function evaluateScorer(scorer: Scorer, data: LabelledData): Promise<ScorerReport> {
  const failures: LineError[] = [];
  const pairScores: [number, number][] = [];
  const wrong: ScorerReport['pairs']['wrong'] = [];
  const overallPairs: [number, number][] = [];
  let withheld = 0;
  const criterionPairs = new Map<string, [number, number][]>();
  const farFromHuman: ScorerReport['farFromHuman'] = [];

  for (const item of data.items) {
    if (item.kind === 'pair') {
      const scored = await attempt(item.line, failures, async () => [
        await scorer.score(item.question, item.better),
        await scorer.score(item.question, item.worse),
      ]);
      if (!scored) continue;
      const [better, worse] = scored.map((s) => s.overall);
      pairScores.push([rankValue(better), rankValue(worse)]);
      if (rankValue(better) <= rankValue(worse)) wrong.push({ line: item.line, better, worse });
      continue;
    }
    const scored = (await attempt(item.line, failures, async () => [await scorer.score(item.question, item.answer)]))?.[0];
    if (!scored) continue;
    if (item.overall !== undefined) {
      if (scored.overall === null) withheld++;
      else {
        overallPairs.push([scored.overall, item.overall]);
        if (Math.abs(scored.overall - item.overall) >= FAR_FROM_HUMAN)
          farFromHuman.push({ line: item.line, human: item.overall, scorer: scored.overall });
      }
    }
    for (const [key, human] of Object.entries(item.scores)) {
      const machine = scored.criteria[key];
      if (machine === undefined) continue;
      const pairs = criterionPairs.get(key) ?? [];
      pairs.push([machine, human]);
      criterionPairs.set(key, pairs);
    }
  }

  return {
    scorer: scorer.name,
    pairs: { ...pairAccuracy(pairScores), wrong },
    overall: {
      count: overallPairs.length,
      spearman: spearman(
        overallPairs.map(([machine]) => machine),
        overallPairs.map(([, human]) => human),
      ),
      withheld,
    },
    criteria: Object.fromEntries([...criterionPairs].map(([key, pairs]) => [key, criterionAgreement(pairs)])),
    farFromHuman,
    failures,
    ...(scorer.retest ? { retest: await measureRetest(scorer, data) } : {}),
  };
}

/** Scores every labelled answer with each scorer, one scorer after the other, and measures agreement. */
export async function evaluate(data: LabelledData, scorers: readonly Scorer[]): Promise<EvalReport> {
  const scored = data.items.filter((item) => item.kind === 'scored');
  const report: EvalReport = {
    input: {
      pairs: data.items.length - scored.length,
      scored: scored.length,
      withOverall: scored.filter((item) => item.overall !== undefined).length,
      withCriteria: scored.filter((item) => Object.keys(item.scores).length > 0).length,
      skipped: data.errors,
    },
    scorers: [],
  };
  for (const scorer of scorers) report.scorers.push(await evaluateScorer(scorer, data));
  return report;
}

const percent = (share: number | null) => (share === null ? 'n/a' : `${(share * 100).toFixed(1)}%`);
const decimal = (value: number | null, digits = 2) => (value === null ? 'n/a' : value.toFixed(digits));
const score = (value: number | null) => (value === null ? 'withheld' : String(value));

/** The report as text for a person. */
export function formatReport(report: EvalReport): string {
  const { input } = report;
  const out: string[] = [
    `${input.pairs} pairs, ${input.scored} scored answers (${input.withOverall} with an overall, ${input.withCriteria} with criterion scores)` +
      (input.skipped.length ? `; ${input.skipped.length} bad lines skipped: ${input.skipped.map((e) => e.line).join(', ')}` : ''),
  ];
  for (const s of report.scorers) {
    out.push('', s.scorer);
    const p = s.pairs;
    out.push(
      `  pairs ranked right: ${p.correct} of ${p.count} (${percent(p.accuracy)}); ties, counted wrong: ${p.ties}`,
      ...(p.wrong.length
        ? [`    wrong: ${p.wrong.map((w) => `line ${w.line} (better ${score(w.better)}, worse ${score(w.worse)})`).join(', ')}`]
        : []),
      `  Spearman with the human overall: ${decimal(s.overall.spearman)} (${s.overall.count} answers` +
        (s.overall.withheld ? `, ${s.overall.withheld} withheld by the scorer` : '') +
        ')',
    );
    const keys = Object.keys(s.criteria);
    if (keys.length) {
      const width = Math.max(9, ...keys.map((k) => k.length));
      out.push(`  ${'criterion'.padEnd(width)}      n  kappa   exact  within one`);
      for (const key of keys) {
        const a = s.criteria[key];
        out.push(
          `  ${key.padEnd(width)}  ${String(a?.count ?? 0).padStart(5)}  ${decimal(a?.kappa ?? null).padStart(5)}  ${percent(a?.exact ?? null).padStart(6)}  ${percent(a?.withinOne ?? null).padStart(10)}`,
        );
      }
    }
    if (s.farFromHuman.length)
      out.push(
        `  ${FAR_FROM_HUMAN}+ points from the human overall: ${s.farFromHuman.map((f) => `line ${f.line} (human ${f.human}, scorer ${f.scorer})`).join(', ')}`,
      );
    if (s.failures.length) out.push(`  not scored: ${s.failures.map((f) => `line ${f.line} (${f.error})`).join(', ')}`);
    if (s.retest)
      out.push(
        `  test-retest: ${s.retest.answers} answers judged twice past the cache; overall differs by ${decimal(s.retest.meanAbsDifference)} on average, ${decimal(s.retest.maxAbsDifference, 0)} at most; identical ${percent(s.retest.identical)}`,
      );
  }
  return `${out.join('\n')}\n`;
}
