import { graphql } from '../graphql';
import { useFormSubmit } from '../useFormSubmit';
import { FormFooter } from '../FormFooter';
import { ConfidenceSelect } from './OpeningForm';
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
        <ConfidenceSelect label="How confident do you feel now?" />
        <FormFooter error={error} pending={pending} label="See your feedback" pendingLabel="Saving…" />
      </form>
    </main>
  );
}
