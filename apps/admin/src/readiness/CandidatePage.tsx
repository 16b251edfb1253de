import {
  Box,
  List,
  ListItem,
  ListItemText,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { Link, Title, useParams } from 'react-admin';
import { useApiQuery } from '../useApiQuery';
import { EmptyState, QueryState } from '../analytics/states';
import { Section } from '../analytics/Section';
import { StatCard, StatRow } from '../analytics/StatCard';
import { count, day, decimal, percent, score, signed, weekLabel } from '../analytics/format';
import { FirstVsLatest, WeeklyLine } from './charts';
import { LEVEL_LABELS } from './levels';
import { CANDIDATE, type CandidateDetail, type CompetencyReadiness } from './queries';

const COMPONENT_NAMES: Record<string, string> = {
  COMPETENCIES: 'Competency scores',
  COVERAGE: 'Coverage of required competencies',
  COMPLETION: 'Assignments completed',
  TREND: 'Trend',
};

type Readiness = CandidateDetail['candidateReadiness'][number];

/** value x weight = points, for each component; the points add up to the readiness. */
function Components({ readiness }: { readiness: Readiness }) {
  return (
    <Section title="How the readiness is made">
      <TableContainer>
        <Table size="small" aria-label="Readiness components">
          <TableHead>
            <TableRow>
              <TableCell>Component</TableCell>
              <TableCell align="right">Value</TableCell>
              <TableCell align="right">Weight</TableCell>
              <TableCell align="right">Points</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {readiness.components.map((c) => (
              <TableRow key={c.key}>
                <TableCell component="th" scope="row">
                  {COMPONENT_NAMES[c.key] ?? c.key}
                  <Typography variant="body2" color="text.secondary">
                    {c.explanation}
                  </Typography>
                </TableCell>
                <TableCell align="right">{decimal(c.value)}</TableCell>
                <TableCell align="right">× {percent(c.weight)}</TableCell>
                <TableCell align="right">{decimal(c.points)}</TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                Readiness
                <Typography variant="body2" color="text.secondary">
                  The points added up and rounded.
                </Typography>
              </TableCell>
              <TableCell colSpan={2} />
              <TableCell align="right" sx={{ fontWeight: 600 }}>
                {readiness.score}
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
      </TableContainer>
    </Section>
  );
}

/** Each evaluation behind a competency's score: newer ones weigh more. */
const Evidence = ({ competency: c }: { competency: CompetencyReadiness }) =>
  c.evidence.length === 0 ? (
    <>Not practised yet</>
  ) : (
    <details>
      <summary style={{ cursor: 'pointer' }}>{count(c.evidence.length, 'evaluation')}</summary>
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {c.evidence.map((e) => (
          <li key={e.evaluationId}>
            {day(e.at)}: scored {e.score}, {percent(e.weight)} of this score
          </li>
        ))}
      </Box>
    </details>
  );

function Competencies({ readiness }: { readiness: Readiness }) {
  return (
    <Section title="Competencies">
      <Typography variant="body2" color="text.secondary">
        Each score is a recency-weighted mean of the competency's latest evaluations (a coach's review counts over the AI's): an
        evaluation's weight halves every 30 days. Weakest first.
      </Typography>
      <TableContainer>
        <Table size="small" aria-label="Competencies">
          <TableHead>
            <TableRow>
              <TableCell>Competency</TableCell>
              <TableCell align="right">Score</TableCell>
              <TableCell align="right">First</TableCell>
              <TableCell align="right">Latest</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {readiness.competencies.map((c) => (
              <TableRow key={c.competency}>
                <TableCell component="th" scope="row">
                  {c.name}
                  {c.required && ' (required)'}
                  <Typography variant="body2" component="div" color="text.secondary">
                    <Evidence competency={c} />
                  </Typography>
                </TableCell>
                <TableCell align="right">{score(c.score)}</TableCell>
                <TableCell align="right">{score(c.first)}</TableCell>
                <TableCell align="right">{score(c.latest)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Section>
  );
}

function PracticeNext({ plan }: { plan: CandidateDetail['practiceNext'] }) {
  return (
    <Section title="What to practise next">
      {plan.focus.length === 0 && plan.strengths.length === 0 ? (
        <EmptyState title="Nothing to recommend yet">Recommendations come from scored answers.</EmptyState>
      ) : (
        <>
          <Typography variant="body2">
            Recommended practice draws {percent(plan.focusShare)} of its questions from these:
          </Typography>
          <List dense>
            {plan.focus.map((c) => (
              <ListItem key={c.name} disableGutters>
                <ListItemText
                  primary={c.name}
                  secondary={c.score === null ? 'never practised' : `score ${score(c.score)}${c.required ? ', required' : ''}`}
                />
              </ListItem>
            ))}
          </List>
          {plan.strengths.length > 0 && (
            <Typography variant="body2">
              And the rest from strengths to keep sharp: {plan.strengths.map((c) => `${c.name} (${score(c.score)})`).join(', ')}.
            </Typography>
          )}
        </>
      )}
    </Section>
  );
}

function ActionItems({ items }: { items: CandidateDetail['actionItems'] }) {
  return (
    <Section title={`Open action items (${items.totalCount})`}>
      {items.totalCount === 0 ? (
        <EmptyState title="No open action item" />
      ) : (
        <List dense>
          {items.nodes.map((item) => (
            <ListItem key={item.id} disableGutters>
              <ListItemText
                primary={item.text}
                secondary={`${item.source === 'AI' ? 'AI suggestion kept by the candidate' : `From ${item.createdBy?.name ?? 'a coach'}`}, ${day(item.createdAt)}`}
              />
            </ListItem>
          ))}
        </List>
      )}
    </Section>
  );
}

function Progress({ data }: { data: CandidateDetail }) {
  const { weeks, competencies } = data.candidateProgress;
  const names = new Map(data.candidateReadiness[0].competencies.map((c) => [c.competency, c.name]));
  const series = (value: (w: (typeof weeks)[number]) => number | null) =>
    weeks.map((w) => ({ label: weekLabel(w.weekStart), value: value(w) }));
  const perWeek = weeks.map((w) => ({
    label: weekLabel(w.weekStart),
    value: w.overallScore,
    extra: [w.answers, w.scoredAnswers],
  }));
  return (
    <>
      <Typography variant="h6" component="h2">
        Progress over the last {weeks.length} weeks
      </Typography>
      {weeks.every((w) => w.answers === 0) ? (
        <EmptyState title="No answer in these weeks">Progress appears once the candidate answers questions.</EmptyState>
      ) : (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
          <WeeklyLine title="Score per week" label="Score" max={100} weeks={perWeek} extraColumns={['Answers', 'Scored']} />
          <WeeklyLine
            title="Filler words per 100 words"
            label="Fillers per 100 words"
            format={(v) => decimal(v)}
            weeks={series((w) => w.fillersPer100Words)}
          />
          <WeeklyLine
            title="Thinking time"
            label="Seconds before answering"
            format={(v) => (v === null ? '—' : `${decimal(v)} s`)}
            weeks={series((w) => w.averageThinkingSeconds)}
          />
          <WeeklyLine
            title="STAR completeness"
            label="Share of STAR parts found"
            format={percent}
            max={1}
            weeks={series((w) => w.starCompleteness)}
          />
          <WeeklyLine
            title="Answered within the time limit"
            label="Share within time"
            format={percent}
            max={1}
            weeks={series((w) => w.withinTimeLimitShare)}
          />
          <FirstVsLatest
            title="First vs latest score per competency"
            rows={competencies.map((c) => ({
              name: names.get(c.competency) ?? c.competency,
              first: c.firstScore,
              latest: c.latestScore,
              extra: [signed(c.change), c.answers],
            }))}
            extraColumns={['Change', 'Answers']}
          />
        </Box>
      )}
    </>
  );
}

function Candidate({ data }: { data: CandidateDetail }) {
  const [readiness] = data.candidateReadiness;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <StatRow>
        <StatCard label="Readiness" value={readiness.score} detail={LEVEL_LABELS[readiness.level]} />
        <StatCard label="Trend" value={signed(readiness.trend)} detail="points, last four weeks against the four before" />
        <StatCard label="Evaluations" value={readiness.evaluationCount} detail="in the last year" />
        <StatCard label="Last answer" value={day(readiness.lastActivityAt)} detail={`figures of ${day(readiness.computedAt)}`} />
      </StatRow>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <PracticeNext plan={data.practiceNext} />
        <ActionItems items={data.actionItems} />
      </Box>
      <Components readiness={readiness} />
      <Competencies readiness={readiness} />
      <Progress data={data} />
    </Box>
  );
}

/** `/readiness/:cohortId/candidates/:membershipId`: one candidate, every figure explained. */
export function CandidatePage() {
  const { cohortId = '', membershipId = '' } = useParams<{ cohortId: string; membershipId: string }>();
  const query = useApiQuery<CandidateDetail>(CANDIDATE, { cohortId, membershipId });
  const readiness = query.data?.candidateReadiness[0];
  return (
    <Box sx={{ py: 2, display: 'grid', gap: 2 }}>
      <Title title={readiness ? `Readiness: ${readiness.member.name}` : 'Readiness'} />
      <div>
        <Link to={`/readiness/${cohortId}`}>{query.data ? `Back to ${query.data.cohort.name}` : 'Back to the cohort'}</Link>
        <Typography variant="h5" component="h1">
          {readiness ? `${readiness.member.name} (${readiness.member.email})` : 'Candidate readiness'}
        </Typography>
      </div>
      <QueryState query={query} notFound="This candidate is not in this cohort, or you do not coach it.">
        {(data) =>
          data.candidateReadiness.length ? (
            <Candidate data={data} />
          ) : (
            <EmptyState title="Not in this cohort">This person has no readiness in this cohort.</EmptyState>
          )
        }
      </QueryState>
    </Box>
  );
}
