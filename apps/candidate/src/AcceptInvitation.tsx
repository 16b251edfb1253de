import { session } from './graphql';
import { FormFooter } from './FormFooter';
import { useFormSubmit } from './useFormSubmit';

/** The invitation link's token travels in the URL fragment, so it never reaches a server log. */
const tokenFromLink = (): string => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';

interface Props {
  onAccepted: () => void;
}

export function AcceptInvitation({ onAccepted }: Props) {
  const { submit, error, pending } = useFormSubmit(async (form) => {
    if (form.get('password') !== form.get('confirm')) throw new Error('The two passwords differ.');
    await session.acceptInvitation(tokenFromLink(), String(form.get('password')));
    window.history.replaceState(null, '', '/');
    onAccepted();
  });

  return (
    <main>
      <h1>Set your password</h1>
      <form onSubmit={submit}>
        <label>
          New password <input name="password" type="password" autoComplete="new-password" minLength={8} required />
        </label>
        <label>
          Repeat it <input name="confirm" type="password" autoComplete="new-password" minLength={8} required />
        </label>
        <FormFooter error={error} pending={pending} label="Set password and sign in" pendingLabel="Saving…" />
      </form>
    </main>
  );
}
