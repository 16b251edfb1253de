import { computeReadiness, ReadinessInput } from './readiness-formula';
import { DEFAULT_COMPONENT_WEIGHTS, DEFAULT_LEVEL_THRESHOLDS } from './analytics-rules';
import { ReadinessComponentKey, ReadinessLevel } from './readiness.types';

const NOW = new Date('2026-06-01T12:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

const input = (over: Partial<ReadinessInput>): ReadinessInput => ({
  now: NOW,
  evaluations: [],
  required: [],
  assignments: [],
  thresholds: DEFAULT_LEVEL_THRESHOLDS,
  weights: DEFAULT_COMPONENT_WEIGHTS,
  names: new Map(),
  ...over,
});

describe('computeReadiness', () => {
  it('weighs recent evaluations more, counts coverage, completion and trend, and explains each part', () => {
    const figures = computeReadiness(
      input({
        required: ['STAR', 'Ownership'],
        evaluations: [
          { id: 'e1', score: 60, at: daysAgo(30), competencies: ['star'] },
          { id: 'e2', score: 90, at: NOW, competencies: ['  STAR ', 'Teamwork'] },
        ],
        assignments: [
          { dueAt: daysAgo(1), completed: true },
          { dueAt: daysAgo(2), completed: false },
          { dueAt: daysAgo(-5), completed: false },
        ],
        names: new Map([['star', 'STAR method']]),
      }),
    );
    // STAR: (60 x 0.5 + 90 x 1) / 1.5 = 80; Ownership never practised; coverage 1 of 2; 1 of 2 due
    // assignments done; trend 90 - 60 = +30, so the trend part is capped at 100.
    // 0.6 x 80 + 0.15 x 50 + 0.15 x 50 + 0.1 x 100 = 73.
    expect(figures.score).toBe(73);
    expect(figures.level).toBe(ReadinessLevel.READY);
    expect(figures.trend).toBe(30);
    expect(figures.components.map((c) => [c.key, c.weight, c.value, c.points])).toEqual([
      [ReadinessComponentKey.COMPETENCIES, 0.6, 80, 48],
      [ReadinessComponentKey.COVERAGE, 0.15, 50, 7.5],
      [ReadinessComponentKey.COMPLETION, 0.15, 50, 7.5],
      [ReadinessComponentKey.TREND, 0.1, 100, 10],
    ]);
    expect(figures.components[1].explanation).toBe('1 of 2 required competencies practised');
    expect(figures.components[2].explanation).toBe('1 of 2 due assignments completed');
    expect(figures.competencies.map((c) => [c.name, c.required, c.score, c.evaluations, c.first, c.latest])).toEqual([
      ['Ownership', true, null, 0, null, null],
      ['STAR method', true, 80, 2, 60, 90],
      ['Teamwork', false, 90, 1, 90, 90],
    ]);
    expect(figures.competencies[1].evidence).toEqual([
      { evaluationId: 'e2', score: 90, at: NOW, weight: 0.667 },
      { evaluationId: 'e1', score: 60, at: daysAgo(30), weight: 0.333 },
    ]);
  });

  it('gives a newcomer a low score that says why, without inventing a trend', () => {
    const figures = computeReadiness(input({}));
    // Nothing practised, nothing due (100), a neutral trend (50): 0.15 x 100 + 0.1 x 50 = 20.
    expect(figures.score).toBe(20);
    expect(figures.level).toBe(ReadinessLevel.NOT_READY);
    expect(figures.trend).toBeNull();
    expect(figures.components.map((c) => c.explanation)).toEqual([
      'No evaluation yet',
      'No practice yet',
      'Nothing due yet',
      'Not enough practice in the last 8 weeks to tell: neutral',
    ]);
  });

  it('uses the cohort thresholds and normalised organization weights', () => {
    const evaluations = [{ id: 'e', score: 80, at: NOW, competencies: ['sql'] }];
    const figures = computeReadiness(
      input({
        evaluations,
        weights: { competencies: 3, coverage: 1, completion: 0, trend: 0 },
        thresholds: { developing: 40, ready: 60, interviewReady: 82 },
      }),
    );
    // 0.75 x 80 + 0.25 x 100 = 85.
    expect(figures.score).toBe(85);
    expect(figures.level).toBe(ReadinessLevel.INTERVIEW_READY);
  });

  it('scores a competency from its latest evaluations only', () => {
    const old = Array.from({ length: 5 }, (_, i) => ({ id: `old${i}`, score: 0, at: daysAgo(100 + i), competencies: ['sql'] }));
    const recent = Array.from({ length: 20 }, (_, i) => ({ id: `new${i}`, score: 70, at: daysAgo(i), competencies: ['sql'] }));
    const [sql] = computeReadiness(input({ evaluations: [...old, ...recent] })).competencies;
    expect(sql.score).toBe(70);
    expect(sql.evaluations).toBe(25);
    expect(sql.evidence).toHaveLength(20);
    expect(sql.first).toBe(0);
  });

  it('drops a falling trend below neutral', () => {
    const figures = computeReadiness(
      input({
        evaluations: [
          { id: 'a', score: 50, at: daysAgo(3), competencies: [] },
          { id: 'b', score: 70, at: daysAgo(35), competencies: [] },
        ],
      }),
    );
    expect(figures.trend).toBe(-20);
    expect(figures.components[3].value).toBe(0);
  });
});
