import { Button, Card, Chip, List, ListItem, ListItemButton, ListItemText, Stack, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useApiQuery } from '../useApi';
import { EmptyState, QueryState } from '../layout/States';
import { RouterLink } from '../layout/RouterLink';
import { REAL_INTERVIEWS } from './operations';
import { calendarDay, OUTCOME_COLORS, OUTCOMES, STAGES } from './labels';

/** The candidate's real interviews, latest first, and the way to log another. */
export function RealInterviewsPage() {
  const logs = useApiQuery(REAL_INTERVIEWS);
  return (
    <Stack spacing={3} sx={{ maxWidth: 900 }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-end', flexWrap: 'wrap', gap: 2 }}>
        <div>
          <Typography variant="h1">Real interviews</Typography>
          <Typography color="text.secondary">
            Log the questions you were asked, and practise the ones that surprised you.
          </Typography>
        </div>
        <Button variant="contained" startIcon={<AddIcon />} component={RouterLink} to="/real-interviews/new">
          Log an interview
        </Button>
      </Stack>
      <QueryState query={logs} loading="Loading your interviews…">
        {({ realInterviews }) =>
          realInterviews.nodes.length === 0 ? (
            <EmptyState title="No interviews logged yet">
              After a real interview, write down what they asked while you still remember: it shows what to practise.
            </EmptyState>
          ) : (
            <Card>
              <List disablePadding aria-label="Your interviews">
                {realInterviews.nodes.map((log, i) => {
                  const unexpected = log.questions.filter((q) => q.unexpected).length;
                  return (
                    <ListItem key={log.id} disablePadding divider={i < realInterviews.nodes.length - 1}>
                      <ListItemButton component={RouterLink} to={`/real-interviews/${log.id}`} sx={{ flexWrap: 'wrap', gap: 1 }}>
                        <ListItemText
                          primary={`${log.companyName} · ${log.role}`}
                          secondary={`${calendarDay(log.interviewedOn)} · ${STAGES[log.stage]} · ${log.questions.length} question${
                            log.questions.length === 1 ? '' : 's'
                          }${unexpected ? `, ${unexpected} unexpected` : ''}`}
                          sx={{ minWidth: 0 }}
                        />
                        <Chip size="small" label={OUTCOMES[log.outcome]} color={OUTCOME_COLORS[log.outcome]} />
                      </ListItemButton>
                    </ListItem>
                  );
                })}
              </List>
            </Card>
          )
        }
      </QueryState>
    </Stack>
  );
}
