import { graphql, session } from './graphql';
import { useFormSubmit } from './useFormSubmit';

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
  const { submit, error, pending } = useFormSubmit(async (form) => {
    if (form.get('password') !== form.get('confirm')) throw new Error('The two passwords differ.');
    const { acceptInvitation } = await graphql<{ acceptInvitation: { accessToken: string } }>(ACCEPT, {
      input: { token: tokenFromLink(), password: form.get('password') },
    });
    session.save(acceptInvitation.accessToken);
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
