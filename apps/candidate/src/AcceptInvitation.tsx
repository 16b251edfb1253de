import { useEffect, useState } from 'react';
import { postGraphql } from '@mockint/web-graphql';
import { errorMessage, session } from './graphql';
import { ErrorMessage, FormFooter } from './FormFooter';
import { useFormSubmit } from './useFormSubmit';
import { leaveLink, tokenFromLink } from './links';
import { checkedPassword, NewPasswordFields } from './NewPasswordFields';

const INFO = 'query ($token: String!) { invitationInfo(token: $token) { organizationName email role choosePassword } }';

interface Info {
  organizationName: string;
  email: string;
  role: string;
  /** A new account sets its password here; an existing one signs in with its own. */
  choosePassword: boolean;
}

interface Props {
  onAccepted: () => void;
}

/** The invitation link's page: join the organization with a new password, or by signing in. */
export function AcceptInvitation({ onAccepted }: Props) {
  const [info, setInfo] = useState<Info>();
  const [problem, setProblem] = useState<string>();
  const token = tokenFromLink();

  useEffect(() => {
    postGraphql<{ invitationInfo: Info }>(INFO, { token }, null).then(
      ({ invitationInfo }) => setInfo(invitationInfo),
      (e: unknown) => setProblem(errorMessage(e)),
    );
  }, [token]);

  const { submit, error, pending } = useFormSubmit(async (form) => {
    const password = info?.choosePassword ? checkedPassword(form) : String(form.get('current'));
    await session.acceptInvitation(token, password);
    leaveLink();
    onAccepted();
  });

  if (problem) {
    return (
      <main>
        <h1>Invitation</h1>
        <ErrorMessage message={`${problem}. Ask the person who invited you for a new link.`} />
        <a href="/">Go to sign-in</a>
      </main>
    );
  }
  if (!info) return <p role="status">Opening your invitation…</p>;
  return (
    <main>
      <h1>Join {info.organizationName}</h1>
      <p>
        You are invited as {info.role.toLowerCase()} with {info.email}.{' '}
        {info.choosePassword ? 'Choose a password to start.' : 'Sign in with the password of this account to accept.'}
      </p>
      <form onSubmit={submit}>
        {info.choosePassword ? (
          <NewPasswordFields />
        ) : (
          <label>
            Password <input name="current" type="password" autoComplete="current-password" required />
          </label>
        )}
        <FormFooter
          error={error}
          pending={pending}
          label={info.choosePassword ? 'Set password and join' : 'Sign in and join'}
          pendingLabel="Joining…"
        />
      </form>
      {!info.choosePassword && (
        <p>
          No password yet, or forgot it? <a href="/forgot-password">Reset it</a>, then open this link again.
        </p>
      )}
    </main>
  );
}
