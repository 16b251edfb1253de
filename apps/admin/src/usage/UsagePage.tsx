import { useState } from 'react';
import { Box, FormControl, InputLabel, MenuItem, Select, Typography } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { Title } from 'react-admin';
import { useApiQuery } from '../useApiQuery';
import { EmptyState, QueryState } from '../analytics/states';
import { ChartSection, FigureTable, Section } from '../analytics/Section';
import { StatCard, StatRow } from '../analytics/StatCard';
import { calendarDay } from '../analytics/format';

const USAGE = `query ($days: Int!) { llmUsage(days: $days) { day model calls invalidReplies promptTokens completionTokens }
  llmUsageByCohort(days: $days) { cohortId cohortName calls promptTokens completionTokens } }`;

interface UsageDay {
  day: string;
  model: string;
  calls: number;
  invalidReplies: number;
  promptTokens: number;
  completionTokens: number;
}

interface CohortUsage {
  cohortId: string | null;
  cohortName: string | null;
  calls: number;
  promptTokens: number;
  completionTokens: number;
}

const tokens = (n: number) => n.toLocaleString();
const DAY_MS = 86_400_000;

/** Every UTC day of the period, oldest first, with the tokens of all models summed (zero on quiet days). */
function perDay(rows: UsageDay[], days: number) {
  const today = Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate());
  return Array.from({ length: days }, (_, i) => {
    const ymd = new Date(today - (days - 1 - i) * DAY_MS).toISOString().slice(0, 10);
    const those = rows.filter((r) => r.day.slice(0, 10) === ymd);
    return {
      label: calendarDay(ymd),
      prompt: those.reduce((sum, r) => sum + r.promptTokens, 0),
      completion: those.reduce((sum, r) => sum + r.completionTokens, 0),
    };
  });
}

function Usage({ rows, cohorts, days }: { rows: UsageDay[]; cohorts: CohortUsage[]; days: number }) {
  const daily = perDay(rows, days);
  const sum = (pick: (r: UsageDay) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const total = sum((r) => r.promptTokens + r.completionTokens);
  const busiest = daily.reduce((a, b) => (b.prompt + b.completion > a.prompt + a.completion ? b : a));
  return (
    <>
      <StatRow>
        <StatCard
          label="Tokens"
          value={tokens(total)}
          detail={`${tokens(sum((r) => r.promptTokens))} in, ${tokens(sum((r) => r.completionTokens))} out`}
        />
        <StatCard label="Answers judged" value={tokens(sum((r) => r.calls))} detail="calls to the LLM" />
        <StatCard label="Invalid replies" value={tokens(sum((r) => r.invalidReplies))} detail="the analyzer scored those" />
        <StatCard
          label="Models"
          value={new Set(rows.map((r) => r.model)).size}
          detail={[...new Set(rows.map((r) => r.model))].join(', ')}
        />
      </StatRow>
      <ChartSection
        title="Tokens per day"
        summary={`${tokens(total)} tokens over ${days} days; the busiest day, ${busiest.label}, used ${tokens(busiest.prompt + busiest.completion)}.`}
        chart={
          <BarChart
            height={260}
            xAxis={[{ scaleType: 'band', data: daily.map((d) => d.label) }]}
            yAxis={[{ width: 60 }]}
            series={[
              { data: daily.map((d) => d.prompt), label: 'Prompt tokens', stack: 'tokens', color: '#1565c0' },
              { data: daily.map((d) => d.completion), label: 'Completion tokens', stack: 'tokens', color: '#90caf9' },
            ]}
          />
        }
        table={{
          head: ['Day', 'Prompt tokens', 'Completion tokens'],
          rows: daily.filter((d) => d.prompt + d.completion > 0).map((d) => [d.label, tokens(d.prompt), tokens(d.completion)]),
        }}
      />
      <Section title="Per cohort">
        <FigureTable
          caption="Most tokens first; a candidate in two cohorts counts in both"
          head={['Cohort', 'Answers judged', 'Prompt tokens', 'Completion tokens']}
          rows={cohorts.map((c) => [c.cohortName ?? 'In no cohort', c.calls, tokens(c.promptTokens), tokens(c.completionTokens)])}
        />
      </Section>
      <Section title="Per day and model">
        <FigureTable
          caption="Newest first"
          head={['Day', 'Model', 'Calls', 'Invalid replies', 'Prompt tokens', 'Completion tokens']}
          rows={rows.map((r) => [
            calendarDay(r.day.slice(0, 10)),
            r.model,
            r.calls,
            r.invalidReplies,
            tokens(r.promptTokens),
            tokens(r.completionTokens),
          ])}
        />
      </Section>
    </>
  );
}

/** `/usage` (admins): the LLM judge's token use per day and per cohort. */
export function UsagePage() {
  const [days, setDays] = useState(30);
  const query = useApiQuery<{ llmUsage: UsageDay[]; llmUsageByCohort: CohortUsage[] }>(USAGE, { days });
  return (
    <Box sx={{ py: 2, display: 'grid', gap: 2 }}>
      <Title title="LLM usage" />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 2 }}>
        <Typography variant="h5" component="h1">
          LLM usage
        </Typography>
        <FormControl size="small" fullWidth={false} sx={{ minWidth: 160 }}>
          <InputLabel id="usage-days">Period</InputLabel>
          <Select labelId="usage-days" label="Period" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {[7, 30, 90].map((n) => (
              <MenuItem key={n} value={n}>
                Last {n} days
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      </Box>
      <QueryState query={query}>
        {({ llmUsage, llmUsageByCohort }) =>
          llmUsage.length === 0 ? (
            <EmptyState title={`No LLM use in the last ${days} days`}>
              The LLM judge records its tokens here when the server has an LLM configured (OPENAI_BASE_URL or OPENAI_API_KEY).
              Without one, the offline analyzer scores every answer, at no cost.
            </EmptyState>
          ) : (
            <Usage rows={llmUsage} cohorts={llmUsageByCohort} days={days} />
          )
        }
      </QueryState>
    </Box>
  );
}
