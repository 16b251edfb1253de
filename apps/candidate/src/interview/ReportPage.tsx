import { Alert, Box, Button, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useParams } from 'react-router';
import { useApiQuery } from '../useApi';
import { QueryState } from '../layout/States';
import { RouterLink } from '../layout/RouterLink';
import { FeedbackView } from './FeedbackView';
import { ProposedActionItems } from './ProposedActionItems';
import { ScoreDial } from './ScoreDial';
import { SUMMARY } from './operations';
import { SectionCard } from '../home/SectionCard';
import { SchedulePracticeForm } from '../reminders/SchedulePracticeForm';
import { SpokenAnswerPlayer } from '@mockint/web-theme';

/** How often an answer still being scored is asked for again. */
const RESCORE_POLL_MS = 3000;

/** After the session: the summary, what to work on, then every question with its last attempt's feedback. */
export function ReportPage() {
  const { sessionId = '' } = useParams();
  // Polls only while an answer is still being scored.
  const summary = useApiQuery(
    SUMMARY,
    { id: sessionId },
    {
      refetchInterval: ({ state }) =>
        state.data?.session.questions.some((q) => q.answers.some((a) => !a.evaluation)) ? RESCORE_POLL_MS : false,
    },
  );

  return (
    <QueryState query={summary} loading="Loading your feedback…">
      {({ session }) => {
        const answered = session.questions.filter((q) => q.answers.length > 0);
        const scores = answered.flatMap((q) => q.answers.at(-1)?.evaluation?.overallScore ?? []);
        const average = scores.length ? Math.round(scores.reduce((a, b) => a + b, 0) / scores.length) : undefined;
        return (
          <Stack spacing={3} sx={{ maxWidth: 900, mx: 'auto' }}>
            <Typography variant="h1">Your feedback</Typography>
            <Card>
              <CardContent>
                <Stack direction={{ xs: 'column', sm: 'row' }} spacing={3} sx={{ alignItems: { sm: 'center' } }}>
                  {average !== undefined && <ScoreDial score={average} size={96} />}
                  <Box>
                    <Typography sx={{ fontWeight: 700 }}>
                      {session.mode === 'REALISTIC' ? 'Realistic interview' : 'Practice'}: {answered.length} question
                      {answered.length === 1 ? '' : 's'} answered{average !== undefined && `, average ${average} / 100`}
                    </Typography>
                    <Typography color="text.secondary">
                      Confidence {session.confidenceBefore ?? '?'} before, {session.confidenceAfter ?? '?'} after.
                      {session.focusLossCount > 0 && ` You left the interview window ${session.focusLossCount} time(s).`}
                    </Typography>
                  </Box>
                </Stack>
              </CardContent>
            </Card>
            {session.status === 'COMPLETED' && <ProposedActionItems sessionId={sessionId} />}
            {session.status === 'COMPLETED' && (
              <SectionCard title="Plan your next practice">
                <SchedulePracticeForm />
              </SectionCard>
            )}
            {answered.length === 0 && <Alert severity="info">No answers in this session.</Alert>}
            {answered.map((question) => {
              const last = question.answers[question.answers.length - 1]!;
              return (
                <Card key={question.id} component="article" aria-labelledby={`q-${question.id}`}>
                  <CardContent>
                    <Stack spacing={1.5}>
                      <Typography variant="h2" id={`q-${question.id}`} sx={{ fontSize: '1.15rem' }}>
                        {question.followUpDepth > 0 ? 'Follow-up' : `Question ${question.position + 1}`}
                      </Typography>
                      <Typography sx={{ fontWeight: 600 }}>{question.prompt}</Typography>
                      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
                        {question.answers.length > 1 && (
                          <Chip
                            size="small"
                            label={`Attempts: ${question.answers.map((a) => (a.evaluation ? (a.evaluation.overallScore ?? 'not scored') : '…')).join(' → ')}`}
                          />
                        )}
                        {last.overTime && <Chip size="small" color="warning" label="Answered over the time limit" />}
                        {last.startedLate && <Chip size="small" color="warning" label="Started after the thinking time" />}
                      </Stack>
                      {last.evaluation ? (
                        <FeedbackView
                          evaluation={last.evaluation}
                          answerText={last.text}
                          timeLimitSeconds={question.timeLimitSeconds}
                          overTime={last.overTime}
                        />
                      ) : (
                        <Typography color="text.secondary" role="status">
                          Still being scored: it appears here in a moment.
                        </Typography>
                      )}
                      <SpokenAnswerPlayer parts={last.recordings} comments={last.recordingComments} />
                    </Stack>
                  </CardContent>
                </Card>
              );
            })}
            <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
              <Button variant="contained" component={RouterLink} to="/">
                Back to your assignments
              </Button>
              <Button component={RouterLink} to="/practice">
                Practise again
              </Button>
            </Stack>
          </Stack>
        );
      }}
    </QueryState>
  );
}
