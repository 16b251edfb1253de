import { session } from './graphql';
import { FormFooter } from './FormFooter';
import { useFormSubmit } from './useFormSubmit';
import { leaveLink, tokenFromLink } from './links';
import { checkedPassword, NewPasswordFields } from './NewPasswordFields';

interface Props {
  onSignedIn: () => void;
}

/** The reset link's page: a new password, then signed in with it. */
export function ResetPassword({ onSignedIn }: Props) {
  const { submit, error, pending } = useFormSubmit(async (form) => {
    await session.resetPassword(tokenFromLink(), checkedPassword(form));
    leaveLink();
    onSignedIn();
  });

  return (
    <main>
      <h1>Choose a new password</h1>
      <p>Every other place where you are signed in will be signed out.</p>
      <form onSubmit={submit}>
        <NewPasswordFields />
        <FormFooter error={error} pending={pending} label="Save and sign in" pendingLabel="Saving…" />
      </form>
      <p>
        Link expired? <a href="/forgot-password">Ask for a new one</a>.
      </p>
    </main>
  );
}
