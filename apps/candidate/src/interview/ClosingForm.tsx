import { graphql } from '../graphql';
import { useFormSubmit } from '../useFormSubmit';
import { CONFIDENCE_LEVELS } from './OpeningForm';
import { COMPLETE_SESSION } from './operations';

/** Ends the sitting with the candidate's confidence now, to set beside the one before. */
export function ClosingForm({ sessionId, onClosed }: { sessionId: string; onClosed: () => void }) {
  const { submit, error, pending } = useFormSubmit(async (form) => {
    await graphql(COMPLETE_SESSION, { id: sessionId, input: { confidenceAfter: Number(form.get('confidence')) } });
    onClosed();
  });
  return (
    <main>
      <h1>That is the end of the interview</h1>
      <form onSubmit={submit}>
        <label>
          How confident do you feel now? (1 = not at all, 5 = very)
          <select name="confidence" defaultValue="3">
            {CONFIDENCE_LEVELS.map((level) => (
              <option key={level}>{level}</option>
            ))}
          </select>
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={pending}>
          See your feedback
        </button>
      </form>
    </main>
  );
}
