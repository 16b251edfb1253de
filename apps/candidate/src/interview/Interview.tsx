import { useEffect, useRef, useState } from 'react';
import { ErrorMessage } from '../FormFooter';
import { ApiError, errorMessage, graphql } from '../graphql';
import { FeedbackView } from './FeedbackView';
import { OpeningForm } from './OpeningForm';
import { ClosingForm } from './ClosingForm';
import { QuestionStep } from './QuestionStep';
import { SessionReport } from './SessionReport';
import { scoredAnswer } from './scored-answer';
import type { Sitting } from '../Assignments';
import {
  REPORT_FOCUS_LOSS,
  SHOW_QUESTION,
  SITTING,
  type Evaluation,
  type Opening,
  type Question,
  type SittingState,
} from './operations';

/** How long to wait before asking again for a follow-up the interviewer is still preparing. */
const FOLLOW_UP_RETRY_MS = 1000;

type Step =
  | { kind: 'opening' }
  | { kind: 'loading' }
  /**
   * `take`: 0 for the first take, else when the retry was asked for (a new form, its own clock);
   * `draft`: the server's draft of this attempt.
   */
  | { kind: 'question'; question: Question; take: number; draft: string }
  | { kind: 'scoring' }
  | { kind: 'feedback'; question: Question; evaluation: Evaluation }
  | { kind: 'closing' }
  | { kind: 'report' };

type Props = Sitting & { onExit: () => void };

/** The first question without a submitted answer, and the text of its draft on the server. */
function whereLeft({ questions }: SittingState): { position: number; draft: string } {
  const open = [...questions].sort((a, b) => a.position - b.position).find((q) => q.answers.every((a) => a.status === 'DRAFT'));
  // Every question answered: the next position is the follow-up still coming, or the end.
  if (!open) return { position: questions.length, draft: '' };
  return { position: open.position, draft: open.answers.at(-1)?.text ?? '' };
}

/**
 * A sitting from the opening checklist (or where it was left, when resumed) to the report. Realistic
 * mode moves straight to the next question (follow-ups included) and shows the feedback at the end;
 * practice shows it after each answer and allows another attempt.
 */
export function Interview({ onExit, ...sitting }: Props) {
  const { title, mode } = sitting;
  const resume = 'resume' in sitting ? sitting.resume : undefined;
  const [sessionId, setSessionId] = useState<string>();
  const [step, setStep] = useState<Step>({ kind: resume ? 'loading' : 'opening' });
  const [error, setError] = useState<string>();
  const aborted = useRef(new AbortController());
  const realistic = mode === 'REALISTIC';

  // Leaving the page stops pending requests and waits (a new controller per mount: StrictMode mounts twice).
  useEffect(() => {
    const controller = new AbortController();
    aborted.current = controller;
    return () => controller.abort();
  }, []);

  // Leaving the window mid-question is what an interviewer would notice: it is reported in realistic mode.
  useEffect(() => {
    if (!realistic || !sessionId || step.kind !== 'question') return;
    const report = () => void graphql(REPORT_FOCUS_LOSS, { sessionId }).catch(() => undefined);
    window.addEventListener('blur', report);
    return () => window.removeEventListener('blur', report);
  }, [realistic, sessionId, step.kind]);

  /**
   * Shows the question at `position`; showing it again in practice asks for another attempt. `draft`:
   * the server's draft of it, when resuming.
   */
  async function show(id: string, position: number, { take = 0, draft = '' } = {}): Promise<void> {
    setStep({ kind: 'loading' });
    for (;;) {
      try {
        const { showQuestion } = await graphql<{ showQuestion: Question }>(
          SHOW_QUESTION,
          { sessionId: id, position },
          aborted.current.signal,
        );
        setStep({ kind: 'question', question: showQuestion, take, draft });
        return;
      } catch (e) {
        if (e instanceof ApiError && e.code === 'NOT_FOUND') return setStep({ kind: 'closing' });
        if (!(e instanceof ApiError && e.reason === 'FOLLOW_UP_PENDING')) throw e;
        await new Promise((resolve) => setTimeout(resolve, FOLLOW_UP_RETRY_MS));
      }
    }
  }

  const guard = (work: () => Promise<void>) => () =>
    work().catch((e: unknown) => {
      if (!aborted.current.signal.aborted) setError(errorMessage(e));
    });

  async function begin(start: (opening: Opening) => Promise<string>, opening: Opening) {
    const id = await start(opening);
    setSessionId(id);
    await show(id, 0).catch((e: unknown) => setError(errorMessage(e)));
  }

  // Resuming (after a reload, on another device), once per mounted sitting: on at the first question not
  // answered yet, with its draft.
  useEffect(() => {
    if (!resume) return;
    const controller = new AbortController();
    (async () => {
      const id = await resume();
      const { session } = await graphql<{ session: SittingState }>(SITTING, { id }, controller.signal);
      setSessionId(id);
      const { position, draft } = whereLeft(session);
      await show(id, position, { draft });
    })().catch((e: unknown) => controller.signal.aborted || setError(errorMessage(e)));
    return () => controller.abort();
  }, []);

  const submitted = (question: Question) => (answerId: string) =>
    void guard(async () => {
      setStep({ kind: 'scoring' });
      // Waiting for the score also waits for the follow-up, which comes with it.
      const { evaluation } = await scoredAnswer(answerId, aborted.current.signal);
      if (!realistic && evaluation) setStep({ kind: 'feedback', question, evaluation });
      else await show(sessionId!, question.position + 1);
    })();

  if (error) {
    return (
      <main>
        <ErrorMessage message={error} />
        <button type="button" onClick={onExit}>
          Back to your assignments
        </button>
      </main>
    );
  }
  if (step.kind === 'opening' && 'start' in sitting) {
    return <OpeningForm title={title} realistic={realistic} onStart={(opening) => begin(sitting.start, opening)} />;
  }
  if (step.kind === 'report') return <SessionReport sessionId={sessionId!} onExit={onExit} />;
  if (step.kind === 'closing') return <ClosingForm sessionId={sessionId!} onClosed={() => setStep({ kind: 'report' })} />;
  return (
    <main>
      <header>
        <p>
          {title} · {realistic ? 'realistic mode' : 'practice'}{' '}
          <button type="button" onClick={() => setStep({ kind: 'closing' })}>
            Finish now
          </button>
        </p>
      </header>
      {step.kind === 'loading' && <p>Loading the next question…</p>}
      {step.kind === 'scoring' && (
        <p role="status">{realistic ? 'Answer recorded. The interviewer is noting it…' : 'Scoring your answer…'}</p>
      )}
      {step.kind === 'question' && (
        <QuestionStep
          key={`${step.question.id}-${step.take}`}
          question={step.question}
          clockStart={step.take || Date.parse(step.question.shownAt)}
          label={step.question.followUpDepth > 0 ? 'Follow-up question' : `Question ${step.question.position + 1}`}
          serverDraft={step.draft}
          onSubmitted={submitted(step.question)}
        />
      )}
      {step.kind === 'feedback' && (
        <>
          <h2>Feedback</h2>
          <FeedbackView evaluation={step.evaluation} />
          <button type="button" onClick={guard(() => show(sessionId!, step.question.position, { take: Date.now() }))}>
            Try this question again
          </button>{' '}
          <button type="button" onClick={guard(() => show(sessionId!, step.question.position + 1))}>
            Next question
          </button>
        </>
      )}
    </main>
  );
}
