import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { Link, Title, useParams } from 'react-admin';
import { useApiQuery } from '../useApiQuery';
import { EmptyState, QueryState } from '../analytics/states';
import { Section } from '../analytics/Section';
import { StatCard, StatRow } from '../analytics/StatCard';
import { calendarDay, day, percent, score } from '../analytics/format';
import { AtRisk } from './AtRisk';
import { CsvButton } from './CsvButton';
import { FirstVsLatest, LevelDistribution, WeeklyLine } from './charts';
import { Standings } from './Standings';
import { DASHBOARD, type Dashboard as DashboardResult } from './queries';

const NOT_FOUND = 'This cohort does not exist, or you do not coach it.';

function Completion({ completion }: { completion: DashboardResult['cohortReadiness']['completion'] }) {
  if (!completion.assignments.length) {
    return (
      <Section title="Assignments">
        <EmptyState title="Nothing assigned yet">Assign a template to the cohort to follow its completion here.</EmptyState>
      </Section>
    );
  }
  return (
    <Section title="Assignments">
      <TableContainer>
        <Table size="small" aria-label="Completion per assignment">
          <TableHead>
            <TableRow>
              {['Assignment', 'Due', 'Assigned', 'Completed', 'In progress', 'Overdue'].map((h, i) => (
                <TableCell key={h} align={i > 1 ? 'right' : 'left'}>
                  {h}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {completion.assignments.map((a) => (
              <TableRow key={a.assignmentId}>
                <TableCell component="th" scope="row">
                  {a.title}
                </TableCell>
                <TableCell>{a.dueAt ? day(a.dueAt) : 'No due date'}</TableCell>
                <TableCell align="right">{a.assigned}</TableCell>
                <TableCell align="right">
                  {a.completed} ({percent(a.assigned ? a.completed / a.assigned : null)})
                </TableCell>
                <TableCell align="right">{a.inProgress}</TableCell>
                <TableCell align="right">{a.overdue}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Section>
  );
}

function UnexpectedQuestions({ questions }: { questions: DashboardResult['cohortUnexpectedQuestions'] }) {
  return (
    <Section title="Unexpected questions from real interviews">
      {questions.length === 0 ? (
        <EmptyState title="None reported yet">
          When candidates log real interviews, the questions they did not see coming appear here, most frequent first.
        </EmptyState>
      ) : (
        <TableContainer>
          <Table size="small" aria-label="Unexpected questions from real interviews">
            <TableHead>
              <TableRow>
                <TableCell>Question</TableCell>
                <TableCell align="right">Times</TableCell>
                <TableCell align="right">Candidates</TableCell>
                <TableCell>Companies</TableCell>
                <TableCell>Latest</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {questions.map((q) => (
                <TableRow key={q.prompt}>
                  <TableCell component="th" scope="row">
                    {q.prompt}
                  </TableCell>
                  <TableCell align="right">{q.count}</TableCell>
                  <TableCell align="right">{q.candidateCount}</TableCell>
                  <TableCell>{q.companies.join(', ') || '—'}</TableCell>
                  <TableCell>{calendarDay(q.latestOn)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Section>
  );
}

function Figures({ cohortId, data }: { cohortId: string; data: DashboardResult }) {
  const r = data.cohortReadiness;
  const { completion } = r;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <StatRow>
        <StatCard label="Candidates" value={r.candidates} detail="with a readiness in this cohort" />
        <StatCard label="Average readiness" value={score(r.averageScore)} detail="out of 100" />
        <StatCard
          label="At target"
          value={r.candidates ? `${r.atTarget} of ${r.candidates}` : '—'}
          detail={`readiness ${r.readinessTarget} or more`}
        />
        <StatCard
          label="Completion"
          value={percent(completion.rate)}
          detail={completion.due ? `${completion.completedOfDue} of ${completion.due} due assignments done` : 'nothing due yet'}
        />
      </StatRow>
      <AtRisk cohortId={cohortId} atRisk={r.atRisk} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <LevelDistribution distribution={r.distribution} />
        <WeeklyLine
          title="Weekly trend"
          label="Average score"
          max={100}
          weeks={r.weeklyTrend.map((w) => ({
            label: calendarDay(w.weekStart),
            value: w.averageScore,
            extra: [w.answers, w.activeCandidates],
          }))}
          extraColumns={['Answers', 'Active candidates']}
        />
      </Box>
      <Standings cohortId={cohortId} competencies={r.competencies} thresholds={r} />
      <FirstVsLatest
        title="First vs latest score per competency"
        rows={r.competencies.map((c) => ({
          name: c.name,
          first: c.firstAverage,
          latest: c.latestAverage,
          extra: [score(c.averageScore), c.candidatesEvaluated, c.required ? c.candidatesNotPractised : '—'],
        }))}
        extraColumns={['Average', 'Candidates scored', 'Never practised (required)']}
      />
      <Completion completion={completion} />
      <UnexpectedQuestions questions={data.cohortUnexpectedQuestions} />
    </Box>
  );
}

/** `/readiness/:cohortId`: one cohort's readiness, who needs help first. */
export function Dashboard() {
  const { cohortId = '' } = useParams<{ cohortId: string }>();
  const query = useApiQuery<DashboardResult>(DASHBOARD, { id: cohortId });
  const name = query.data?.cohort.name;
  return (
    <Box sx={{ py: 2, display: 'grid', gap: 2 }}>
      <Title title={name ? `Readiness: ${name}` : 'Readiness'} />
      <Box sx={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'center', gap: 1 }}>
        <div>
          <Link to="/readiness">All cohorts</Link>
          <Typography variant="h5" component="h1">
            {name ? `Readiness of ${name}` : 'Cohort readiness'}
          </Typography>
        </div>
        {query.data && <CsvButton cohortId={cohortId} />}
      </Box>
      <QueryState query={query} notFound={NOT_FOUND}>
        {(data) =>
          data.cohortReadiness.candidates === 0 ? (
            <EmptyState title="No readiness figures yet">
              Add candidates to the cohort: each gets a readiness within minutes of joining it.
            </EmptyState>
          ) : (
            <Figures cohortId={cohortId} data={data} />
          )
        }
      </QueryState>
    </Box>
  );
}
