import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { ChartSection } from '../analytics/Section';
import { score } from '../analytics/format';
import { LEVEL_COLORS, LEVEL_LABELS, LEVELS, type Level } from './levels';

const FIRST_COLOR = '#90a4ae';
const LATEST_COLOR = '#1565c0';

/** Ticks at whole numbers for small counts (no "0.5 candidates"); the default spacing above. */
const wholeTicks = (max: number) => (max <= 5 ? Array.from({ length: max + 1 }, (_, i) => i) : 'auto');

/** How many candidates are at each level, lowest first. */
export function LevelDistribution({ distribution }: { distribution: { level: Level; count: number }[] }) {
  const counts = LEVELS.map((level) => distribution.find((d) => d.level === level)?.count ?? 0);
  const labels = LEVELS.map((level) => LEVEL_LABELS[level]);
  return (
    <ChartSection
      title="Readiness levels"
      summary={labels.map((label, i) => `${label}: ${counts[i]}`).join(', ') + '.'}
      chart={
        <BarChart
          height={240}
          hideLegend
          xAxis={[
            {
              scaleType: 'band',
              data: labels,
              colorMap: { type: 'ordinal', values: labels, colors: LEVELS.map((l) => LEVEL_COLORS[l]) },
            },
          ]}
          yAxis={[{ label: 'Candidates', tickInterval: wholeTicks(Math.max(...counts, 1)) }]}
          series={[{ data: counts, label: 'Candidates', barLabel: 'value', barLabelPlacement: 'outside' }]}
        />
      }
      table={{ head: ['Level', 'Candidates'], rows: labels.map((label, i) => [label, counts[i]]) }}
    />
  );
}

/** One figure per week as a line (gaps where a week has nothing to measure), with its table. */
export function WeeklyLine({
  title,
  weeks,
  label,
  format = score,
  max,
  extraColumns = [],
}: {
  title: string;
  weeks: { label: string; value: number | null; extra?: (string | number)[] }[];
  label: string;
  format?: (value: number | null) => string;
  max?: number;
  extraColumns?: string[];
}) {
  const measured = weeks.filter((w) => w.value !== null);
  const last = measured[measured.length - 1];
  const summary = measured.length
    ? `${measured.length} of ${weeks.length} weeks measured; the latest, week of ${last.label}: ${format(last.value)}.`
    : `Nothing to measure in these ${weeks.length} weeks yet.`;
  return (
    <ChartSection
      title={title}
      summary={summary}
      chart={
        <LineChart
          height={220}
          hideLegend
          // Room for the last week's label.
          margin={{ right: 24 }}
          xAxis={[{ scaleType: 'point', data: weeks.map((w) => w.label) }]}
          // Without a fixed top, a flat series of zeros still gets an axis that reads.
          yAxis={[
            { min: 0, max: max ?? Math.max(1, ...measured.map((w) => w.value!)), valueFormatter: (v: number) => format(v) },
          ]}
          series={[{ data: weeks.map((w) => w.value), label, connectNulls: true, valueFormatter: (v) => format(v) }]}
        />
      }
      table={{
        head: ['Week of', label, ...extraColumns],
        rows: weeks.map((w) => [w.label, format(w.value), ...(w.extra ?? [])]),
      }}
    />
  );
}

/** The first score against the latest per competency: did practice help? */
export function FirstVsLatest({
  title,
  rows,
  extraColumns = [],
}: {
  title: string;
  rows: { name: string; first: number | null; latest: number | null; extra?: (string | number)[] }[];
  extraColumns?: string[];
}) {
  const both = rows.filter((r) => r.first !== null && r.latest !== null);
  const improved = both.filter((r) => r.latest! > r.first!).length;
  const summary = rows.length
    ? `Improved on ${improved} of ${both.length} competencies measured twice or more.`
    : 'No competency scored yet.';
  return (
    <ChartSection
      title={title}
      summary={summary}
      chart={
        rows.length > 0 && (
          <BarChart
            height={Math.max(160, rows.length * 56 + 60)}
            layout="horizontal"
            yAxis={[{ scaleType: 'band', data: rows.map((r) => r.name), width: 110 }]}
            xAxis={[{ min: 0, max: 100 }]}
            series={[
              { data: rows.map((r) => r.first), label: 'First', color: FIRST_COLOR, valueFormatter: (v) => score(v) },
              { data: rows.map((r) => r.latest), label: 'Latest', color: LATEST_COLOR, valueFormatter: (v) => score(v) },
            ]}
          />
        )
      }
      table={{
        head: ['Competency', 'First', 'Latest', ...extraColumns],
        rows: rows.map((r) => [r.name, score(r.first), score(r.latest), ...(r.extra ?? [])]),
      }}
    />
  );
}
