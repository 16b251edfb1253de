import { useState } from 'react';
import {
  Box,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TableSortLabel,
  Typography,
} from '@mui/material';
import { Link } from 'react-admin';
import { useApiQuery } from '../useApiQuery';
import { EmptyState, QueryState } from '../analytics/states';
import { Section, visuallyHidden } from '../analytics/Section';
import { day, score, signed } from '../analytics/format';
import { candidatePath } from './AtRisk';
import { LEVEL_LABELS, LEVEL_TINTS, LEVELS, levelOf, type Level, type Thresholds } from './levels';
import { STANDINGS, type Dashboard, type Standing, type Standings as StandingsResult } from './queries';

type SortField = 'NAME' | 'SCORE' | 'TREND' | 'LAST_ACTIVITY' | 'REASONS';
type Competency = Dashboard['cohortReadiness']['competencies'][number];

/** A score in a cell: the number always, its level's tint behind it, the level in words for screen readers. */
function ScoreCell({ value, thresholds }: { value: number | null; thresholds: Thresholds }) {
  if (value === null) {
    return (
      <TableCell align="right">
        —
        <Box component="span" sx={visuallyHidden}>
          not practised
        </Box>
      </TableCell>
    );
  }
  const level = levelOf(value, thresholds);
  return (
    <TableCell align="right" sx={{ bgcolor: LEVEL_TINTS[level], color: '#000' }}>
      {score(value)}
      <Box component="span" sx={visuallyHidden}>
        , {LEVEL_LABELS[level]}
      </Box>
    </TableCell>
  );
}

/** What the tints mean with this cohort's thresholds. */
function Legend({ thresholds: t }: { thresholds: Thresholds }) {
  const ranges: Record<Level, string> = {
    NOT_READY: `below ${t.developingThreshold}`,
    DEVELOPING: `${t.developingThreshold}–${t.readyThreshold - 1}`,
    READY: `${t.readyThreshold}–${t.interviewReadyThreshold - 1}`,
    INTERVIEW_READY: `${t.interviewReadyThreshold} and above`,
  };
  return (
    <Box component="ul" aria-label="Levels" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: 0 }}>
      {LEVELS.map((level) => (
        <Box component="li" key={level} sx={{ bgcolor: LEVEL_TINTS[level], color: '#000', px: 1, borderRadius: 1, fontSize: 14 }}>
          {LEVEL_LABELS[level]}: {ranges[level]}
        </Box>
      ))}
    </Box>
  );
}

const COLUMNS: { label: string; sort?: SortField; align?: 'right' }[] = [
  { label: 'Candidate', sort: 'NAME' },
  { label: 'Readiness', sort: 'SCORE', align: 'right' },
  { label: 'Level' },
  { label: 'Trend', sort: 'TREND', align: 'right' },
  { label: 'Last answer', sort: 'LAST_ACTIVITY' },
  { label: 'Reasons to worry', sort: 'REASONS', align: 'right' },
];

function Row({
  cohortId,
  standing: s,
  competencies,
  thresholds,
}: {
  cohortId: string;
  standing: Standing;
  competencies: Competency[];
  thresholds: Thresholds;
}) {
  const scores = new Map(s.readiness.competencies.map((c) => [c.competency, c.score]));
  return (
    <TableRow hover>
      <TableCell component="th" scope="row">
        <Link to={candidatePath(cohortId, s.readiness.membershipId)}>{s.name}</Link>
      </TableCell>
      <ScoreCell value={s.readiness.score} thresholds={thresholds} />
      <TableCell>{LEVEL_LABELS[s.readiness.level]}</TableCell>
      <TableCell align="right">{signed(s.readiness.trend)}</TableCell>
      <TableCell>{day(s.readiness.lastActivityAt)}</TableCell>
      <TableCell align="right" title={s.reasons.map((r) => r.detail).join('; ')}>
        {s.reasons.length}
      </TableCell>
      {competencies.map((c) => (
        <ScoreCell key={c.competency} value={scores.get(c.competency) ?? null} thresholds={thresholds} />
      ))}
    </TableRow>
  );
}

/**
 * Every candidate with readiness and each competency (the candidates x competencies grid), sorted and
 * paged by the API, filterable by level.
 */
export function Standings({
  cohortId,
  competencies,
  thresholds,
}: {
  cohortId: string;
  competencies: Competency[];
  thresholds: Thresholds;
}) {
  const [sort, setSort] = useState<{ field: SortField; order: 'ASC' | 'DESC' }>({ field: 'SCORE', order: 'ASC' });
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(10);
  const [level, setLevel] = useState<Level | ''>('');
  const query = useApiQuery<StandingsResult>(STANDINGS, {
    id: cohortId,
    options: { sort, skip: page * perPage, take: perPage, filter: level ? { level } : undefined },
  });
  const sortBy = (field: SortField) => {
    setSort((current) => ({ field, order: current.field === field && current.order === 'ASC' ? 'DESC' : 'ASC' }));
    setPage(0);
  };

  return (
    <Section
      title="Candidates and competencies"
      actions={
        <FormControl size="small" fullWidth={false} sx={{ minWidth: 180 }}>
          <InputLabel id="standings-level" shrink>
            Level
          </InputLabel>
          <Select
            labelId="standings-level"
            displayEmpty
            label="Level"
            value={level}
            onChange={(e) => {
              setLevel(e.target.value as Level | '');
              setPage(0);
            }}
          >
            <MenuItem value="">All levels</MenuItem>
            {LEVELS.map((l) => (
              <MenuItem key={l} value={l}>
                {LEVEL_LABELS[l]}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      }
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Readiness and each competency's score (0–100), tinted by level. A dash: never practised.
      </Typography>
      <Legend thresholds={thresholds} />
      <QueryState query={query}>
        {({ cohortReadiness: { standings } }) =>
          standings.totalCount === 0 ? (
            <Box sx={{ mt: 2 }}>
              <EmptyState title={level ? `No candidate is ${LEVEL_LABELS[level].toLowerCase()}` : 'No candidate yet'}>
                {level ? 'Choose another level.' : 'Add candidates to the cohort: each gets a readiness at once.'}
              </EmptyState>
            </Box>
          ) : (
            <>
              {/* Positioned, so the screen-reader-only text of scrolled-off cells stays inside it. */}
              <TableContainer sx={{ mt: 1, position: 'relative' }}>
                <Table size="small" aria-label="Candidates and competencies">
                  <TableHead>
                    <TableRow>
                      {COLUMNS.map((col) => (
                        <TableCell
                          key={col.label}
                          align={col.align}
                          sortDirection={col.sort && sort.field === col.sort ? (sort.order === 'ASC' ? 'asc' : 'desc') : false}
                        >
                          {col.sort ? (
                            <TableSortLabel
                              active={sort.field === col.sort}
                              direction={sort.field === col.sort && sort.order === 'DESC' ? 'desc' : 'asc'}
                              onClick={() => sortBy(col.sort!)}
                            >
                              {col.label}
                            </TableSortLabel>
                          ) : (
                            col.label
                          )}
                        </TableCell>
                      ))}
                      {competencies.map((c) => (
                        <TableCell key={c.competency} align="right">
                          {c.name}
                          {c.required && (
                            <Box component="span" title="Required by the cohort">
                              *
                            </Box>
                          )}
                        </TableCell>
                      ))}
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {standings.nodes.map((s) => (
                      <Row
                        key={s.readiness.membershipId}
                        cohortId={cohortId}
                        standing={s}
                        competencies={competencies}
                        thresholds={thresholds}
                      />
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
              <TablePagination
                component="div"
                count={standings.totalCount}
                page={page}
                rowsPerPage={perPage}
                rowsPerPageOptions={[10, 25, 50, 100]}
                onPageChange={(_, next) => setPage(next)}
                onRowsPerPageChange={(e) => {
                  setPerPage(Number(e.target.value));
                  setPage(0);
                }}
              />
            </>
          )
        }
      </QueryState>
      {competencies.some((c) => c.required) && (
        <Typography variant="body2" color="text.secondary">
          * required by the cohort
        </Typography>
      )}
    </Section>
  );
}
