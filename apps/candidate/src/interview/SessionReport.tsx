import { useEffect, useState } from 'react';
import { ErrorMessage } from '../FormFooter';
import { errorMessage, graphql } from '../graphql';
import { FeedbackView } from './FeedbackView';
import { SUMMARY, type SessionSummary } from './operations';

/** Every question with its last attempt's feedback: the "after the session" review. */
export function SessionReport({ sessionId, onExit }: { sessionId: string; onExit: () => void }) {
  const [summary, setSummary] = useState<SessionSummary>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    const controller = new AbortController();
    graphql<{ session: SessionSummary }>(SUMMARY, { id: sessionId }, controller.signal).then(
      ({ session }) => setSummary(session),
      (e: unknown) => controller.signal.aborted || setError(errorMessage(e)),
    );
    return () => controller.abort();
  }, [sessionId]);

  if (error) return <ErrorMessage message={error} />;
  if (!summary) return <p>Loading your feedback…</p>;
  const answered = summary.questions.filter((q) => q.answers.length > 0);
  return (
    <main>
      <h1>Your feedback</h1>
      <p>
        Confidence {summary.confidenceBefore ?? '?'} before, {summary.confidenceAfter ?? '?'} after.
        {summary.focusLossCount > 0 && ` You left the interview window ${summary.focusLossCount} time(s).`}
      </p>
      {answered.length === 0 && <p>No answers in this session.</p>}
      {answered.map((question) => {
        const last = question.answers[question.answers.length - 1];
        return (
          <article key={question.id}>
            <h2>{question.followUpDepth > 0 ? 'Follow-up' : `Question ${question.position + 1}`}</h2>
            <p className="prompt">{question.prompt}</p>
            {question.answers.length > 1 && (
              <p>Attempts: {question.answers.map((a) => a.evaluation?.overallScore ?? '…').join(' → ')}</p>
            )}
            {last.overTime && <p>Answered over the time limit.</p>}
            {last.evaluation ? <FeedbackView evaluation={last.evaluation} /> : <p>Still being scored; check back in a moment.</p>}
          </article>
        );
      })}
      <button type="button" onClick={onExit}>
        Back to your assignments
      </button>
    </main>
  );
}
