import { Box, Chip, List, ListItem, ListItemText, Typography } from '@mui/material';
import { Link } from 'react-admin';
import { EmptyState } from '../analytics/states';
import { Section, WRAPPING_CHIP } from '../analytics/Section';
import { LEVEL_LABELS } from './levels';
import type { Dashboard } from './queries';

export const REASON_LABELS: Record<string, string> = {
  LOW_READINESS: 'Low readiness',
  FALLING: 'Falling',
  OVERDUE_ASSIGNMENTS: 'Overdue',
  INACTIVE: 'Inactive',
  REALISTIC_NOT_STARTED: 'Interview not started',
};

export const candidatePath = (cohortId: string, membershipId: string) => `/readiness/${cohortId}/candidates/${membershipId}`;

/** Who needs help and why, most reasons first: the first thing a career office looks for. */
export function AtRisk({ cohortId, atRisk }: { cohortId: string; atRisk: Dashboard['cohortReadiness']['atRisk'] }) {
  const title = `Needs help (${atRisk.totalCount})`;
  if (!atRisk.totalCount) {
    return (
      <Section title="Needs help">
        <EmptyState title="No candidate at risk">
          Nobody is below Developing, falling, overdue, inactive for two weeks or late to start a realistic interview.
        </EmptyState>
      </Section>
    );
  }
  return (
    <Section title={title}>
      <List dense disablePadding>
        {atRisk.nodes.map((s) => (
          <ListItem key={s.readiness.membershipId} divider disableGutters>
            <ListItemText
              disableTypography
              primary={
                <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'baseline' }}>
                  <Link to={candidatePath(cohortId, s.readiness.membershipId)} sx={{ fontWeight: 600 }}>
                    {s.name}
                  </Link>
                  <Typography variant="body2" color="text.secondary">
                    readiness {s.readiness.score}, {LEVEL_LABELS[s.readiness.level].toLowerCase()}
                  </Typography>
                </Box>
              }
              secondary={
                <Box component="ul" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, listStyle: 'none', p: 0, m: '4px 0 0' }}>
                  {s.reasons.map((r) => (
                    <li key={r.code}>
                      <Chip
                        size="small"
                        variant="outlined"
                        sx={WRAPPING_CHIP}
                        label={`${REASON_LABELS[r.code] ?? r.code}: ${r.detail}`}
                      />
                    </li>
                  ))}
                </Box>
              }
            />
          </ListItem>
        ))}
      </List>
      {atRisk.totalCount > atRisk.nodes.length && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {atRisk.nodes.length} of {atRisk.totalCount} shown; sort the candidates below by reasons to see everyone.
        </Typography>
      )}
    </Section>
  );
}
