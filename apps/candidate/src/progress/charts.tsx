import { useTheme } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { ChartCard } from './ChartCard';
import { score, signed } from './format';

/** Series colours from the theme, in a fixed order, so light and dark modes both keep their contrast. */
function useSeriesColors(): string[] {
  const { palette } = useTheme();
  return [
    palette.primary.main,
    palette.secondary.main,
    palette.success.main,
    palette.warning.main,
    palette.info.main,
    palette.error.main,
  ];
}

export interface WeeklySeries {
  label: string;
  /** One value per week, null where the week had nothing to measure. */
  values: (number | null)[];
}

/** What one series did over the weeks, in words: its first and latest measured values. */
function seriesSummary(series: WeeklySeries, weeks: string[], format: (v: number | null) => string): string {
  const measured = series.values.flatMap((value, i) => (value === null ? [] : [{ value, week: weeks[i] }]));
  if (measured.length === 0) return `${series.label}: not measured`;
  const first = measured[0];
  const latest = measured[measured.length - 1];
  return measured.length === 1
    ? `${series.label}: ${format(latest.value)} in the week of ${latest.week}`
    : `${series.label}: ${format(first.value)} in the week of ${first.week}, ${format(latest.value)} in the week of ${latest.week}`;
}

/** One or more figures per week as lines (gaps bridged over weeks with nothing to measure), with its table. */
export function WeeklyChart({
  title,
  weeks,
  series,
  format = score,
  min = 0,
  max,
}: {
  title: string;
  /** The weeks' labels, oldest first. */
  weeks: string[];
  series: WeeklySeries[];
  format?: (value: number | null) => string;
  min?: number;
  max?: number;
}) {
  const colors = useSeriesColors();
  const measured = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const summary = measured.length
    ? `${series.map((s) => seriesSummary(s, weeks, format)).join('; ')}.`
    : `Nothing to measure in these ${weeks.length} weeks yet.`;
  return (
    <ChartCard
      title={title}
      summary={summary}
      chart={
        <LineChart
          height={series.length > 2 ? 260 : 220}
          hideLegend={series.length === 1}
          // Room for the last week's label.
          margin={{ right: 28 }}
          xAxis={[{ scaleType: 'point', data: weeks }]}
          // A fixed bottom (and top, where the scale has one) keeps a flat series readable.
          yAxis={[{ min, max: max ?? Math.max(1, ...measured), width: 44, valueFormatter: (v: number) => format(v) }]}
          series={series.map((s, i) => ({
            data: s.values,
            label: s.label,
            color: colors[i % colors.length],
            connectNulls: true,
            // Straight lines and a mark per week: a lone measured week still shows, and nothing overshoots.
            curve: 'linear' as const,
            showMark: true,
            valueFormatter: (v: number | null) => format(v),
          }))}
        />
      }
      table={{
        head: ['Week of', ...series.map((s) => s.label)],
        rows: weeks.map((week, i) => [week, ...series.map((s) => format(s.values[i]))]),
      }}
    />
  );
}

/** The first score against the latest per competency in the period: did practice help? */
export function FirstVsLatest({
  rows,
}: {
  rows: { name: string; first: number; latest: number; change: number; answers: number }[];
}) {
  const { palette } = useTheme();
  const [first, latest] = [palette.grey[500], palette.primary.main];
  const improved = rows.filter((r) => r.change > 0).length;
  const summary = rows.length
    ? `Improved on ${improved} of ${rows.length} competencies. ${rows
        .map((r) => `${r.name}: ${r.first} to ${r.latest}`)
        .join('; ')}.`
    : 'No competency scored in this period yet.';
  return (
    <ChartCard
      title="First and latest score by competency"
      summary={summary}
      chart={
        rows.length > 0 && (
          <BarChart
            height={Math.max(160, rows.length * 56 + 80)}
            layout="horizontal"
            margin={{ right: 28 }}
            yAxis={[{ scaleType: 'band', data: rows.map((r) => r.name), width: 96 }]}
            xAxis={[{ min: 0, max: 100 }]}
            series={[
              { data: rows.map((r) => r.first), label: 'First', color: first, valueFormatter: (v) => score(v) },
              { data: rows.map((r) => r.latest), label: 'Latest', color: latest, valueFormatter: (v) => score(v) },
            ]}
          />
        )
      }
      table={{
        head: ['Competency', 'First', 'Latest', 'Change', 'Answers'],
        rows: rows.map((r) => [r.name, r.first, r.latest, signed(r.change), r.answers]),
      }}
    />
  );
}

/** A prompt short enough for a chart's axis; the table has it whole. */
const shortPrompt = (prompt: string) => (prompt.length > 28 ? `${prompt.slice(0, 27)}…` : prompt);

/** How many attempts each repeated question took, and the one that first scored well. */
export function RepeatedAttempts({
  questions,
  scoresWellAt,
  meanAttempts,
}: {
  questions: { prompt: string; attempts: number; attemptsToScoreWell?: number | null; firstScore: number; latestScore: number }[];
  scoresWellAt: number;
  meanAttempts?: number | null;
}) {
  const [attempts, reached] = useSeriesColors();
  const summary = questions.length
    ? `${questions.length} questions answered more than once; ${
        meanAttempts === null || meanAttempts === undefined
          ? `none scored ${scoresWellAt} or more yet`
          : `${meanAttempts.toFixed(1)} attempts on average to score ${scoresWellAt} or more`
      }.`
    : 'No question answered twice in this period yet: try one again from its feedback.';
  return (
    <ChartCard
      title="Attempts on repeated questions"
      summary={summary}
      chart={
        questions.length > 0 && (
          <BarChart
            height={Math.max(160, questions.length * 56 + 80)}
            layout="horizontal"
            margin={{ right: 28 }}
            yAxis={[{ scaleType: 'band', data: questions.map((q) => shortPrompt(q.prompt)), width: 120 }]}
            xAxis={[{ min: 0, tickMinStep: 1 }]}
            series={[
              { data: questions.map((q) => q.attempts), label: 'Attempts', color: attempts },
              {
                data: questions.map((q) => q.attemptsToScoreWell ?? null),
                label: `Attempt that scored ${scoresWellAt}+`,
                color: reached,
              },
            ]}
          />
        )
      }
      table={{
        head: ['Question', 'Attempts', `Scored ${scoresWellAt}+ at attempt`, 'First score', 'Latest score'],
        rows: questions.map((q) => [q.prompt, q.attempts, q.attemptsToScoreWell ?? '—', q.firstScore, q.latestScore]),
      }}
    />
  );
}
