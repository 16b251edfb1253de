import { Show, useRecordContext } from 'react-admin';
import { ReviewForm } from './ReviewForm';
import type { Evaluation, SessionRecord } from './types';

function EvaluationPanel({ evaluation }: { evaluation: Evaluation }) {
  return (
    <section aria-label="Evaluation">
      <p>
        <strong>AI score: {evaluation.overallScore} / 100</strong> ({evaluation.source.toLowerCase().replace('_', ' ')})
      </p>
      <table>
        <tbody>
          {evaluation.criteria.map((c) => (
            <tr key={c.key}>
              <th scope="row">{c.name}</th>
              <td>{c.score} / 5</td>
              <td>{c.rationale}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>Stronger: {evaluation.feedback.stronger}</p>
      <p>Concerns: {evaluation.feedback.concerns}</p>
      {evaluation.redFlags.length > 0 && <p>Red flags: {evaluation.redFlags.map((f) => f.message).join(' ')}</p>}
      {evaluation.reviews.map((review) => (
        <aside key={review.id} aria-label="Coach review">
          Coach review: {review.overallScore} / 100. {review.comment}
          {review.actionItems.length > 0 && ` Action items: ${review.actionItems.join('; ')}.`}
        </aside>
      ))}
      <ReviewForm evaluation={evaluation} />
    </section>
  );
}

function SessionDetail() {
  const session = useRecordContext<SessionRecord>();
  // Until getOne answers, react-admin shows the list's copy of the record, which has no questions.
  if (!session?.questions) return null;
  return (
    <div style={{ padding: '1rem', display: 'grid', gap: '1.5rem' }}>
      <p>
        {session.candidate.name} ({session.candidate.email}): {session.mode.toLowerCase()} session, {session.status.toLowerCase()}
        . Confidence {session.confidenceBefore ?? '?'} before, {session.confidenceAfter ?? '?'} after; {session.focusLossCount}{' '}
        focus loss(es).
      </p>
      {session.questions.map((question) => (
        <article key={question.id}>
          <h3>
            {question.followUpDepth > 0 ? 'Follow-up' : `Question ${question.position + 1}`}: {question.prompt}
          </h3>
          {question.answers.length === 0 && <p>Not answered.</p>}
          {question.answers.map((answer) => (
            <div key={answer.id}>
              <h4>
                Attempt {answer.attempt}
                {answer.overTime && ' (over time)'}
              </h4>
              <blockquote>{answer.text}</blockquote>
              {answer.evaluation ? <EvaluationPanel evaluation={answer.evaluation} /> : <p>Being scored…</p>}
            </div>
          ))}
        </article>
      ))}
    </div>
  );
}

export const SessionShow = () => (
  <Show>
    <SessionDetail />
  </Show>
);
