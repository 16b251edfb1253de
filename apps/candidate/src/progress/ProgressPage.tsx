import { useMemo } from 'react';
import { Button, Grid, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useSearchParams } from 'react-router';
import { StatCard, StatRow } from '@mockint/web-theme';
import type { MyProgressQuery } from '../gql/graphql';
import { useApiQuery } from '../useApi';
import { EmptyState, QueryState } from '../layout/States';
import { RouterLink } from '../layout/RouterLink';
import { FirstVsLatest, RepeatedAttempts, WeeklyChart } from './charts';
import { decimal, percent, plural, score, seconds, signed, weekLabel } from './format';
import { MY_PROGRESS } from './queries';

const DAY_MS = 86_400_000;

/**
 * The periods to choose from, in days back from now. The API covers at most 366 days, so "all" is the
 * past year (a day short of 365, so the API's own clock, a moment later, still finds it within bounds).
 */
const PERIODS = { '4': { label: '4 weeks', days: 28 }, '12': { label: '12 weeks', days: 84 }, all: { label: 'All', days: 364 } };
type Period = keyof typeof PERIODS;
const isPeriod = (value: string | null): value is Period => value !== null && value in PERIODS;

type Progress = MyProgressQuery['candidateProgress'];

/** The candidate's progress: headline figures, then each measure week by week, then per competency and question. */
export function ProgressPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get('period');
  const period: Period = isPeriod(requested) ? requested : '12';
  // Fixed per period while the page is open, so the query is cached per period rather than per instant.
  const from = useMemo(() => new Date(Date.now() - PERIODS[period].days * DAY_MS).toISOString(), [period]);
  const progress = useApiQuery(MY_PROGRESS, { from });

  return (
    <Stack spacing={3}>
      <Stack
        direction={{ xs: 'column', sm: 'row' }}
        spacing={2}
        sx={{ justifyContent: 'space-between', alignItems: { sm: 'flex-end' } }}
      >
        <div>
          <Typography variant="h1">Your progress</Typography>
          <Typography color="text.secondary">
            How your answers changed, week by week (weeks start on Monday; “All” is the past year).
          </Typography>
        </div>
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          aria-label="Period"
          value={period}
          onChange={(_, value: Period | null) => value && setParams({ period: value }, { replace: true })}
        >
          {Object.entries(PERIODS).map(([value, { label }]) => (
            <ToggleButton key={value} value={value} sx={{ px: 2 }}>
              {label}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
      </Stack>
      <QueryState query={progress} loading="Loading your progress…">
        {({ candidateProgress }) =>
          candidateProgress.weeks.some((w) => w.answers > 0) ? (
            <ProgressView progress={candidateProgress} />
          ) : (
            <EmptyState title="Your progress starts with your next answer">
              <span>
                No answers in the last {period === 'all' ? 'year' : PERIODS[period].label}. Practise a few questions and your
                scores, pace and confidence will show here, week by week.
              </span>
              <Button
                variant="contained"
                component={RouterLink}
                to="/practice"
                sx={{ display: 'flex', mx: 'auto', mt: 2, width: 'fit-content' }}
              >
                Start practising
              </Button>
            </EmptyState>
          )
        }
      </QueryState>
    </Stack>
  );
}

function ProgressView({ progress }: { progress: Progress }) {
  const { weeks } = progress;
  const labels = weeks.map((w) => weekLabel(w.weekStart));
  const scored = weeks.filter((w) => w.overallScore !== null && w.overallScore !== undefined);
  const latest = scored.at(-1);
  const firstScored = scored[0];
  const recent = weeks.slice(-4);
  const answers = weeks.reduce((sum, w) => sum + w.answers, 0);
  // Each competency once, by key, with its display name; alphabetically.
  const competencies = [...new Map(weeks.flatMap((w) => w.competencies.map((c) => [c.competency, c.name]))).entries()].sort(
    ([a], [b]) => a.localeCompare(b),
  );
  const mostImproved = [...progress.competencies].sort((a, b) => b.change - a.change)[0];
  const weekly = (pick: (week: Progress['weeks'][number]) => number | null | undefined) => weeks.map((w) => pick(w) ?? null);

  return (
    <Stack spacing={3}>
      <StatRow>
        <StatCard
          heading="h2"
          label="Latest overall score"
          value={score(latest?.overallScore)}
          detail={
            latest && firstScored && latest !== firstScored
              ? `${signed(latest.overallScore! - firstScored.overallScore!)} since the week of ${weekLabel(firstScored.weekStart)}`
              : latest && `Week of ${weekLabel(latest.weekStart)}`
          }
        />
        <StatCard
          heading="h2"
          label="Sessions in the last 4 weeks"
          value={recent.reduce((sum, w) => sum + w.sessions, 0)}
          detail={`${plural(
            recent.reduce((sum, w) => sum + w.answers, 0),
            'answer',
          )}`}
        />
        <StatCard
          heading="h2"
          label="Answers in this period"
          value={answers}
          detail={`${weeks.reduce((sum, w) => sum + w.scoredAnswers, 0)} scored`}
        />
        {mostImproved && mostImproved.change > 0 ? (
          <StatCard
            heading="h2"
            label="Most improved"
            value={signed(mostImproved.change)}
            detail={`${mostImproved.name}: ${mostImproved.firstScore} to ${mostImproved.latestScore}`}
          />
        ) : (
          <StatCard
            heading="h2"
            label="Attempts to score well"
            value={decimal(progress.meanAttemptsToScoreWell)}
            detail={`On questions you repeated, to reach ${progress.scoresWellAt}`}
          />
        )}
      </StatRow>
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 6 }}>
          <WeeklyChart
            title="Overall score"
            weeks={labels}
            max={100}
            series={[{ label: 'Score', values: weekly((w) => w.overallScore) }]}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <WeeklyChart
            title="Score by competency"
            weeks={labels}
            max={100}
            series={competencies.map(([competency, name]) => ({
              label: name,
              values: weekly((w) => w.competencies.find((c) => c.competency === competency)?.averageScore),
            }))}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <WeeklyChart
            title="Filler words per 100 words"
            weeks={labels}
            format={(v) => decimal(v)}
            series={[{ label: 'Fillers per 100 words', values: weekly((w) => w.fillersPer100Words) }]}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <WeeklyChart
            title="Thinking time before answering"
            weeks={labels}
            format={seconds}
            series={[{ label: 'Average seconds', values: weekly((w) => w.averageThinkingSeconds) }]}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <WeeklyChart
            title="Answers within the time limit"
            weeks={labels}
            format={percent}
            max={1}
            series={[{ label: 'Within the limit', values: weekly((w) => w.withinTimeLimitShare) }]}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <WeeklyChart
            title="STAR completeness"
            weeks={labels}
            format={percent}
            max={1}
            series={[{ label: 'STAR parts found', values: weekly((w) => w.starCompleteness) }]}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <WeeklyChart
            title="Confidence before and after sessions"
            weeks={labels}
            format={(v) => decimal(v)}
            min={1}
            max={5}
            series={[
              { label: 'Before', values: weekly((w) => w.confidenceBefore) },
              { label: 'After', values: weekly((w) => w.confidenceAfter) },
            ]}
          />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <FirstVsLatest
            rows={progress.competencies.map((c) => ({
              name: c.name,
              first: c.firstScore,
              latest: c.latestScore,
              change: c.change,
              answers: c.answers,
            }))}
          />
        </Grid>
        <Grid size={12}>
          <RepeatedAttempts
            questions={progress.repeatedQuestions}
            scoresWellAt={progress.scoresWellAt}
            meanAttempts={progress.meanAttemptsToScoreWell}
          />
        </Grid>
      </Grid>
    </Stack>
  );
}
