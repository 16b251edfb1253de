import { Button, Chip, Stack, Typography } from '@mui/material';
import { useApiQuery } from '../useApi';
import { QueryState } from '../layout/States';
import { RouterLink } from '../layout/RouterLink';
import { PRACTICE_NEXT } from './queries';
import { SectionCard } from './SectionCard';

/** What to practise next, from readiness: the weakest and never-practised competencies first. */
export function PracticeCard() {
  const plan = useApiQuery(PRACTICE_NEXT);
  return (
    <SectionCard title="Recommended practice">
      <QueryState query={plan} loading="Finding what to practise…">
        {({ practiceNext }) => (
          <Stack spacing={1.5}>
            {practiceNext.focus.length === 0 ? (
              <Typography color="text.secondary">Answer a few questions and we will point you at your weakest areas.</Typography>
            ) : (
              <>
                <Typography color="text.secondary">
                  About {Math.round(practiceNext.focusShare * 100)}% of a recommended session works on these:
                </Typography>
                <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1 }}>
                  {practiceNext.focus.map((c) => (
                    <Chip
                      key={c.competency}
                      color={c.score === null || c.score === undefined ? 'warning' : 'default'}
                      variant="outlined"
                      label={`${c.name}${c.score === null || c.score === undefined ? ' · not practised yet' : ` · ${Math.round(c.score)}`}`}
                    />
                  ))}
                </Stack>
              </>
            )}
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <Button variant="contained" component={RouterLink} to="/practice?recommended=1">
                Start recommended practice
              </Button>
              <Button component={RouterLink} to="/practice">
                Free practice
              </Button>
            </Stack>
          </Stack>
        )}
      </QueryState>
    </SectionCard>
  );
}
