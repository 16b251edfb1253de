import type { Evaluation } from './operations';

const SOURCES: Record<Evaluation['source'], string> = {
  LLM: 'AI judge',
  ANALYZER: 'offline analyzer',
  ANALYZER_FALLBACK: 'offline analyzer (the AI judge was unavailable)',
};

/** One answer's evaluation: the score, what to work on, and the coach's view when there is one. */
export function FeedbackView({ evaluation }: { evaluation: Evaluation }) {
  const { feedback, criteria, redFlags, actionItems, reviews } = evaluation;
  return (
    <section aria-label="Feedback">
      <p>
        <strong>Score: {evaluation.overallScore} / 100</strong> <small>(scored by the {SOURCES[evaluation.source]})</small>
      </p>
      <dl>
        <dt>What would make it stronger</dt>
        <dd>{feedback.stronger}</dd>
        <dt>How it came across</dt>
        <dd>{feedback.communication}</dd>
        <dt>What an interviewer might worry about</dt>
        <dd>{feedback.concerns}</dd>
      </dl>
      {redFlags.length > 0 && (
        <ul aria-label="Red flags">
          {redFlags.map((flag) => (
            <li key={flag.code}>{flag.message}</li>
          ))}
        </ul>
      )}
      <table>
        <tbody>
          {criteria.map((c) => (
            <tr key={c.key}>
              <th scope="row">{c.name}</th>
              <td>{c.score} / 5</td>
              <td>
                {c.rationale}
                {c.evidence && <q>{c.evidence}</q>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Practise next</h3>
      <ol>
        {actionItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ol>
      <p>
        An interviewer might follow up with: <em>{evaluation.followUpQuestion}</em>
      </p>
      {reviews.map((review, i) => (
        <aside key={i} aria-label="Coach review">
          <p>
            Your coach: {review.overallScore} / 100. {review.comment}
          </p>
          {review.actionItems.length > 0 && <p>Coach's action items: {review.actionItems.join('; ')}</p>}
        </aside>
      ))}
    </section>
  );
}
