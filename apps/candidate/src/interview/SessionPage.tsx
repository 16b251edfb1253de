import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Chip, Stack, Typography } from '@mui/material';
import { useNavigate, useParams } from 'react-router';
import type { ScoredAnswerFragment, SittingQuery } from '../gql/graphql';
import { ApiError, errorMessage, request } from '../graphql';
import { Loading } from '../layout/States';
import { RouterLink } from '../layout/RouterLink';
import { FeedbackView } from './FeedbackView';
import { ClosingForm } from './ClosingForm';
import { QuestionStep } from './QuestionStep';
import { WaitingRoom } from './WaitingRoom';
import { scoredAnswer } from './scored-answer';
import { REPORT_FOCUS_LOSS, SHOW_QUESTION, SITTING, type Mode, type Question } from './operations';

/** How long to wait before asking again for a follow-up the interviewer is still preparing. */
const FOLLOW_UP_RETRY_MS = 1000;

type Step =
  | { kind: 'loading' }
  | { kind: 'waiting'; secondsLeft: number }
  /**
   * `take`: 0 for the first take, else when the retry was asked for (a new form, its own clock);
   * `draft`: the server's draft of this attempt, `draftId` its answer's id.
   */
  | { kind: 'question'; question: Question; take: number; draft: string; draftId?: string }
  | { kind: 'scoring' }
  | {
      kind: 'feedback';
      question: Question;
      answer: ScoredAnswerFragment & { evaluation: NonNullable<ScoredAnswerFragment['evaluation']> };
    }
  | { kind: 'closing' };

/** The first question without a submitted answer, and its draft on the server. */
function whereLeft({ questions }: SittingQuery['session']): { position: number; draft: string; draftId?: string } {
  const open = [...questions].sort((a, b) => a.position - b.position).find((q) => q.answers.every((a) => a.status === 'DRAFT'));
  // Every question answered: the next position is the follow-up still coming, or the end.
  if (!open) return { position: questions.length, draft: '' };
  const draft = open.answers.at(-1);
  return { position: open.position, draft: draft?.text ?? '', draftId: draft?.id };
}

/**
 * The interview room, from where the sitting was left (a reload, another device) to the closing
 * question. Realistic mode moves straight to the next question (follow-ups included) and shows the
 * feedback at the end; practice shows it after each answer and allows another attempt.
 */
export function SessionPage() {
  const { sessionId = '' } = useParams();
  const navigate = useNavigate();
  const [mode, setMode] = useState<Mode>();
  const [step, setStep] = useState<Step>({ kind: 'loading' });
  const [error, setError] = useState<string>();
  const aborted = useRef(new AbortController());
  const realistic = mode === 'REALISTIC';

  // Leaving the page stops pending requests and waits (a new controller per mount: StrictMode mounts twice).
  useEffect(() => {
    const controller = new AbortController();
    aborted.current = controller;
    return () => controller.abort();
  }, []);

  // Leaving the window mid-question is what an interviewer would notice: it is reported in realistic mode,
  // and the candidate is told so, not left to find it in the report.
  const [focusLosses, setFocusLosses] = useState(0);
  /** How many the candidate had when they last closed the notice. */
  const [focusLossesSeen, setFocusLossesSeen] = useState(0);
  useEffect(() => {
    if (!realistic || step.kind !== 'question') return;
    const report = () => {
      setFocusLosses((n) => n + 1);
      void request(REPORT_FOCUS_LOSS, { sessionId }).catch(() => undefined);
    };
    window.addEventListener('blur', report);
    return () => window.removeEventListener('blur', report);
  }, [realistic, sessionId, step.kind]);

  /** Shows the question at `position`; showing it again in practice asks for another attempt. */
  async function show(position: number, { take = 0, draft = '', draftId = undefined as string | undefined } = {}): Promise<void> {
    setStep({ kind: 'loading' });
    for (;;) {
      try {
        const { showQuestion } = await request(SHOW_QUESTION, { sessionId, position }, aborted.current.signal);
        setStep({ kind: 'question', question: showQuestion, take, draft, draftId });
        return;
      } catch (e) {
        if (e instanceof ApiError && e.code === 'NOT_FOUND') return setStep({ kind: 'closing' });
        // The follow-up is still being written, or this device's clock ended the waiting room early.
        if (!(e instanceof ApiError && (e.reason === 'FOLLOW_UP_PENDING' || e.reason === 'WAITING_ROOM'))) throw e;
        await new Promise((resolve) => setTimeout(resolve, FOLLOW_UP_RETRY_MS));
      }
    }
  }

  const guard = (work: () => Promise<void>) => () =>
    void work().catch((e: unknown) => {
      if (!aborted.current.signal.aborted) setError(errorMessage(e));
    });

  // Once per mounted sitting: on at the first question not answered yet, with its draft.
  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      const { session } = await request(SITTING, { id: sessionId }, controller.signal);
      if (session.status === 'COMPLETED') return navigate(`/sessions/${sessionId}/feedback`, { replace: true });
      setMode(session.mode);
      const { position, draft, draftId } = whereLeft(session);
      if (position === 0 && session.waitingRoomSecondsLeft > 0)
        return setStep({ kind: 'waiting', secondsLeft: session.waitingRoomSecondsLeft });
      await show(position, { draft, draftId });
    })().catch((e: unknown) => controller.signal.aborted || setError(errorMessage(e)));
    return () => controller.abort();
  }, [sessionId]);

  const submitted = (question: Question) => (answerId: string) =>
    guard(async () => {
      setStep({ kind: 'scoring' });
      // Waiting for the score also waits for the follow-up, which comes with it.
      const answer = await scoredAnswer(answerId, aborted.current.signal);
      if (!realistic && answer.evaluation)
        setStep({ kind: 'feedback', question, answer: { ...answer, evaluation: answer.evaluation } });
      else await show(question.position + 1);
    })();

  if (error) {
    return (
      <Stack spacing={2}>
        <Alert severity="error" role="alert">
          {error}
        </Alert>
        <div>
          <Button variant="contained" component={RouterLink} to="/">
            Back to your assignments
          </Button>
        </div>
      </Stack>
    );
  }
  if (step.kind === 'closing')
    return <ClosingForm sessionId={sessionId} onClosed={() => navigate(`/sessions/${sessionId}/feedback`, { replace: true })} />;
  return (
    <Stack spacing={3} sx={{ maxWidth: 860, mx: 'auto' }}>
      <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', gap: 1, flexWrap: 'wrap' }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="h1" sx={{ fontSize: '1.4rem' }}>
            {realistic ? 'Interview' : 'Practice'}
          </Typography>
          {mode && (
            <Chip size="small" color={realistic ? 'warning' : 'info'} label={realistic ? 'Realistic mode' : 'Practice mode'} />
          )}
        </Stack>
        <Button variant="outlined" onClick={() => setStep({ kind: 'closing' })}>
          Finish now
        </Button>
      </Stack>
      {focusLosses > focusLossesSeen && (
        <Alert severity="warning" onClose={() => setFocusLossesSeen(focusLosses)}>
          You left the interview window{focusLosses > 1 ? ` ${focusLosses} times` : ''}. In a real interview looking away reads as
          distraction: stay on this page until you finish. Your report and your coach see how often it happened.
        </Alert>
      )}
      {step.kind === 'waiting' && <WaitingRoom secondsLeft={step.secondsLeft} onDone={guard(() => show(0))} />}
      {step.kind === 'loading' && <Loading label="Loading the next question…" />}
      {step.kind === 'scoring' && (
        <Loading label={realistic ? 'Answer recorded. The interviewer is noting it…' : 'Scoring your answer…'} />
      )}
      {step.kind === 'question' && (
        <QuestionStep
          key={`${step.question.id}-${step.take}`}
          question={step.question}
          clockStart={step.take || Date.parse(step.question.shownAt ?? new Date().toISOString())}
          label={step.question.followUpDepth > 0 ? 'Follow-up question' : `Question ${step.question.position + 1}`}
          realistic={realistic}
          serverDraft={step.draft}
          draftId={step.draftId}
          onSubmitted={submitted(step.question)}
        />
      )}
      {step.kind === 'feedback' && (
        <Box>
          <Typography variant="h2" sx={{ mb: 1 }}>
            Feedback
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {step.question.prompt}
          </Typography>
          <FeedbackView
            evaluation={step.answer.evaluation}
            answerText={step.answer.text}
            timeLimitSeconds={step.question.timeLimitSeconds}
            overTime={step.answer.overTime}
          />
          <Stack direction="row" spacing={1} sx={{ mt: 3, flexWrap: 'wrap', rowGap: 1 }}>
            <Button variant="outlined" onClick={guard(() => show(step.question.position, { take: Date.now() }))}>
              Try this question again
            </Button>
            <Button variant="contained" onClick={guard(() => show(step.question.position + 1))}>
              Next question
            </Button>
          </Stack>
        </Box>
      )}
    </Stack>
  );
}
