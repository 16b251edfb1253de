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
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Title } from 'react-admin';
import { useApiQuery } from '../useApiQuery';
import { EmptyState, QueryState } from '../analytics/states';
import { Section } from '../analytics/Section';
import { StatCard, StatRow } from '../analytics/StatCard';
import { count, decimal, percent, signed } from '../analytics/format';
import { AGREEMENT, COHORTS, type Agreement, type Cohorts, type Figures, type Source } from './queries';

const SOURCE_NAMES: Record<Source, string> = { ANALYZER: 'Offline analyzer', LLM: 'LLM judge' };

/** Landis and Koch's words for a kappa, the usual reading. */
function kappaInWords(kappa: number | null): string {
  if (kappa === null) return 'not defined';
  if (kappa < 0) return 'worse than chance';
  if (kappa < 0.2) return 'slight';
  if (kappa < 0.4) return 'fair';
  if (kappa < 0.6) return 'moderate';
  if (kappa < 0.8) return 'substantial';
  return 'almost perfect';
}

const kappa = (value: number | null) => (value === null ? '—' : `${decimal(value, 2)} (${kappaInWords(value)})`);

/** A local calendar day (YYYY-MM-DD) as the instant it starts; `next` gives the day after's (an exclusive end). */
const startOf = (ymd: string, next = false) => {
  const [y, m, d] = ymd.split('-').map(Number);
  return new Date(y, m - 1, d + (next ? 1 : 0)).toISOString();
};

function Explanation() {
  return (
    <Section title="What these numbers mean">
      <Typography variant="body2" component="div">
        Each time a coach reviews an answer, every rubric criterion gives a pair: the AI's score and the coach's (1 to 5; a
        criterion the coach left untouched counts as agreed).
        <ul>
          <li>
            <strong>Exact</strong>: share of pairs with the same score. <strong>Within one</strong>: share at most one point
            apart.
          </li>
          <li>
            <strong>Mean difference</strong>: the AI's score minus the coach's, on average. Above zero the AI is kinder than
            coaches, below zero harsher.
          </li>
          <li>
            <strong>Kappa</strong> (quadratic weighted): agreement beyond what chance would give, from below 0 (worse than chance)
            to 1 (perfect); 0.6 and above is usually read as substantial.
          </li>
        </ul>
        Few pairs make shaky figures: look at the count first.
      </Typography>
    </Section>
  );
}

function Overall({ overall }: { overall: Agreement['aiAgreement']['overall'] }) {
  return (
    <>
      {overall.map((o) => (
        <Box key={o.source}>
          <Typography variant="h6" component="h2" sx={{ mb: 1 }}>
            {SOURCE_NAMES[o.source]}: {count(o.count, 'pair')} from {count(o.reviews, 'review')} of {count(o.answers, 'answer')}
          </Typography>
          <StatRow>
            <StatCard label="Exact agreement" value={percent(o.exactAgreement)} detail="same score" />
            <StatCard label="Within one point" value={percent(o.withinOneAgreement)} detail="at most one point apart" />
            <StatCard
              label="Mean difference"
              value={signed(o.meanDifference, 2)}
              detail={o.meanDifference > 0 ? 'the AI is kinder' : o.meanDifference < 0 ? 'the AI is harsher' : 'no bias'}
            />
            <StatCard
              label="Kappa"
              value={o.quadraticWeightedKappa === null ? '—' : decimal(o.quadraticWeightedKappa, 2)}
              detail={kappaInWords(o.quadraticWeightedKappa)}
            />
          </StatRow>
        </Box>
      ))}
    </>
  );
}

function Criteria({ criteria }: { criteria: (Figures & { criterionKey: string; criterionName: string })[] }) {
  return (
    <Section title="Per criterion">
      <TableContainer>
        <Table size="small" aria-label="Agreement per criterion">
          <TableHead>
            <TableRow>
              <TableCell>Criterion</TableCell>
              <TableCell>Scored by</TableCell>
              <TableCell align="right">Pairs</TableCell>
              <TableCell align="right">Exact</TableCell>
              <TableCell align="right">Within one</TableCell>
              <TableCell align="right">Mean difference</TableCell>
              <TableCell align="right">Kappa</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {criteria.map((c) => (
              <TableRow key={`${c.source}-${c.criterionKey}`}>
                <TableCell component="th" scope="row">
                  {c.criterionName}
                </TableCell>
                <TableCell>{SOURCE_NAMES[c.source]}</TableCell>
                <TableCell align="right">{c.count}</TableCell>
                <TableCell align="right">{percent(c.exactAgreement)}</TableCell>
                <TableCell align="right">{percent(c.withinOneAgreement)}</TableCell>
                <TableCell align="right">{signed(c.meanDifference, 2)}</TableCell>
                <TableCell align="right">{kappa(c.quadraticWeightedKappa)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Section>
  );
}

/** `/agreement`: how far the AI's criterion scores agree with coaches', by cohort and period. */
export function AgreementPage() {
  const [cohortId, setCohortId] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const cohorts = useApiQuery<Cohorts>(COHORTS);
  const reversed = Boolean(from && to && from > to);
  const filter = {
    ...(cohortId ? { cohortId } : {}),
    ...(from ? { from: startOf(from) } : {}),
    ...(to ? { to: startOf(to, true) } : {}),
  };
  const query = useApiQuery<Agreement>(AGREEMENT, { filter }, !reversed);

  return (
    <Box sx={{ py: 2, display: 'grid', gap: 2 }}>
      <Title title="AI agreement" />
      <Typography variant="h5" component="h1">
        AI agreement with coaches
      </Typography>
      <Box
        component="form"
        aria-label="Filter"
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}
        onSubmit={(e) => e.preventDefault()}
      >
        <FormControl size="small" fullWidth={false} sx={{ minWidth: 220 }}>
          <InputLabel id="agreement-cohort" shrink>
            Cohort
          </InputLabel>
          <Select
            labelId="agreement-cohort"
            displayEmpty
            label="Cohort"
            value={cohortId}
            onChange={(e) => setCohortId(e.target.value)}
          >
            <MenuItem value="">All cohorts</MenuItem>
            {cohorts.data?.cohorts.nodes.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <TextField
          size="small"
          fullWidth={false}
          type="date"
          label="Reviews from"
          value={from}
          onChange={(e) => setFrom(e.target.value)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
        <TextField
          size="small"
          fullWidth={false}
          type="date"
          label="Reviews until"
          value={to}
          onChange={(e) => setTo(e.target.value)}
          error={reversed}
          helperText={reversed ? 'Must not be before the start' : undefined}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Box>
      {!reversed && (
        <QueryState query={query} notFound="This cohort does not exist, or you do not coach it.">
          {({ aiAgreement }) =>
            aiAgreement.overall.every((o) => o.count === 0) ? (
              <EmptyState title="No coach review to compare with yet">
                Agreement appears once coaches review AI-scored answers
                {cohortId || from || to ? ' in this cohort and period' : ''}.
              </EmptyState>
            ) : (
              <>
                <Overall overall={aiAgreement.overall.filter((o) => o.count > 0)} />
                <Criteria criteria={aiAgreement.criteria} />
              </>
            )
          }
        </QueryState>
      )}
      <Explanation />
    </Box>
  );
}
