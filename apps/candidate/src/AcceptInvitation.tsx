import { useState, type FormEvent } from 'react';
import { errorMessage, graphql, session } from './graphql';

const ACCEPT = `
  mutation ($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      accessToken
    }
  }
`;

/** The invitation link's token travels in the URL fragment, so it never reaches a server log. */
const tokenFromLink = (): string => new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';

interface Props {
  onAccepted: () => void;
}

export function AcceptInvitation({ onAccepted }: Props) {
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    if (form.get('password') !== form.get('confirm')) {
      setError('The two passwords differ.');
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      const { acceptInvitation } = await graphql<{ acceptInvitation: { accessToken: string } }>(ACCEPT, {
        input: { token: tokenFromLink(), password: form.get('password') },
      });
      session.save(acceptInvitation.accessToken);
      window.history.replaceState(null, '', '/');
      onAccepted();
    } catch (e) {
      setError(errorMessage(e));
      setPending(false);
    }
  }

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
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Set password and sign in'}
        </button>
      </form>
    </main>
  );
}
