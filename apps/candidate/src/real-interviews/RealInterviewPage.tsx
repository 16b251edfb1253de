import { useState } from 'react';
import {
  Button,
  Card,
  CardContent,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  List,
  ListItem,
  Rating,
  Stack,
  Typography,
} from '@mui/material';
import { useNavigate, useParams } from 'react-router';
import type { RealInterviewQuery } from '../gql/graphql';
import { useApiMutation, useApiQuery } from '../useApi';
import { ErrorState, QueryState } from '../layout/States';
import { RouterLink } from '../layout/RouterLink';
import { DELETE_REAL_INTERVIEW, REAL_INTERVIEW, REAL_INTERVIEWS, UPDATE_REAL_INTERVIEW } from './operations';
import { calendarDay, OUTCOME_COLORS, OUTCOMES, STAGES } from './labels';
import { RealInterviewForm, type RealInterviewDraft } from './RealInterviewForm';

type Log = RealInterviewQuery['realInterview'];

const draftOf = (log: Log): RealInterviewDraft => ({
  companyName: log.companyName,
  role: log.role,
  stage: log.stage,
  interviewedOn: log.interviewedOn,
  outcome: log.outcome,
  selfEvaluation: log.selfEvaluation ?? null,
  notes: log.notes,
  questions: log.questions.map((q) => ({ prompt: q.prompt, unexpected: q.unexpected, competencies: q.competencies.join(', ') })),
});

/** One logged interview: read it, edit it, delete it, practise its questions. */
export function RealInterviewPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const log = useApiQuery(REAL_INTERVIEW, { id });
  const update = useApiMutation(UPDATE_REAL_INTERVIEW, [REAL_INTERVIEW, REAL_INTERVIEWS]);
  const remove = useApiMutation(DELETE_REAL_INTERVIEW, [REAL_INTERVIEWS]);

  return (
    <QueryState query={log} loading="Loading the interview…">
      {({ realInterview }) => (
        <Stack spacing={3} sx={{ maxWidth: 900 }}>
          <div>
            <Typography variant="h1">
              {realInterview.companyName} · {realInterview.role}
            </Typography>
            <Typography color="text.secondary">
              {STAGES[realInterview.stage]} on {calendarDay(realInterview.interviewedOn)}
            </Typography>
          </div>
          {editing ? (
            <Card component="section" aria-label="Edit the interview">
              <CardContent>
                <RealInterviewForm
                  initial={draftOf(realInterview)}
                  submitLabel="Save changes"
                  onSubmit={async (input) => {
                    await update.mutateAsync({ id, input });
                    setEditing(false);
                  }}
                  onCancel={() => setEditing(false)}
                />
              </CardContent>
            </Card>
          ) : (
            <>
              <Card>
                <CardContent>
                  <Stack spacing={1.5}>
                    <Stack direction="row" useFlexGap spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                      <Typography>Outcome:</Typography>
                      <Chip label={OUTCOMES[realInterview.outcome]} color={OUTCOME_COLORS[realInterview.outcome]} />
                    </Stack>
                    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <Typography>How it went:</Typography>
                      {realInterview.selfEvaluation ? (
                        <Rating
                          readOnly
                          value={realInterview.selfEvaluation}
                          aria-label={`${realInterview.selfEvaluation} out of 5`}
                        />
                      ) : (
                        <Typography color="text.secondary">not rated</Typography>
                      )}
                    </Stack>
                    {realInterview.notes && <Typography sx={{ whiteSpace: 'pre-wrap' }}>{realInterview.notes}</Typography>}
                    <Stack direction="row" useFlexGap spacing={1} sx={{ flexWrap: 'wrap' }}>
                      <Button variant="outlined" onClick={() => setEditing(true)}>
                        Edit
                      </Button>
                      <Button color="error" onClick={() => setConfirming(true)}>
                        Delete
                      </Button>
                      <Button component={RouterLink} to="/real-interviews">
                        All interviews
                      </Button>
                    </Stack>
                  </Stack>
                </CardContent>
              </Card>
              <Card component="section" aria-labelledby="asked">
                <CardContent>
                  <Typography variant="h2" id="asked" sx={{ fontSize: '1.15rem', mb: 1 }}>
                    Questions asked
                  </Typography>
                  {realInterview.questions.length === 0 ? (
                    <Typography color="text.secondary">No questions logged. Edit the interview to add them.</Typography>
                  ) : (
                    <List disablePadding>
                      {realInterview.questions.map((q, i) => (
                        <ListItem
                          key={q.id}
                          divider={i < realInterview.questions.length - 1}
                          disableGutters
                          sx={{ display: 'block', py: 1.5 }}
                        >
                          <Typography sx={{ mb: 1 }}>{q.prompt}</Typography>
                          <Stack direction="row" useFlexGap spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                            {q.unexpected && <Chip size="small" color="warning" variant="outlined" label="Unexpected" />}
                            {q.competencies.map((c) => (
                              <Chip key={c} size="small" label={c} />
                            ))}
                            <Button
                              size="small"
                              component={RouterLink}
                              to={`/real-interviews/${id}/practise/${q.id}`}
                              aria-label={`Practise this question: ${q.prompt}`}
                            >
                              Practise this question
                            </Button>
                          </Stack>
                        </ListItem>
                      ))}
                    </List>
                  )}
                </CardContent>
              </Card>
            </>
          )}
          <Dialog open={confirming} onClose={() => setConfirming(false)} aria-labelledby="delete-title">
            <DialogTitle id="delete-title">Delete this interview?</DialogTitle>
            <DialogContent>
              <DialogContentText>
                {realInterview.companyName}, {calendarDay(realInterview.interviewedOn)}, and its questions go for good.
              </DialogContentText>
              {remove.error && <ErrorState error={remove.error} />}
            </DialogContent>
            <DialogActions>
              <Button onClick={() => setConfirming(false)}>Keep it</Button>
              <Button
                color="error"
                variant="contained"
                disabled={remove.isPending}
                onClick={() => remove.mutate({ id }, { onSuccess: () => navigate('/real-interviews', { replace: true }) })}
              >
                Delete
              </Button>
            </DialogActions>
          </Dialog>
        </Stack>
      )}
    </QueryState>
  );
}
