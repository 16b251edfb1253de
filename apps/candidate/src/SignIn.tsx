import { session } from './graphql';
import { FormFooter } from './FormFooter';
import { useFormSubmit } from './useFormSubmit';

interface Props {
  notice?: string;
  onSignedIn: () => void;
}

/** Email and password; `onSignedIn` once the session is open. */
export function SignInForm({ notice, onSignedIn }: Props) {
  const { submit, error, pending } = useFormSubmit(async (form) => {
    await session.signIn(String(form.get('email')), String(form.get('password')));
    onSignedIn();
  }, notice);

  return (
    <form onSubmit={submit}>
      <label>
        Email <input name="email" type="email" autoComplete="username" required />
      </label>
      <label>
        Password <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <FormFooter error={error} pending={pending} label="Sign in" pendingLabel="Signing in…" />
    </form>
  );
}

export function SignIn(props: Props) {
  return (
    <main>
      <h1>Sign in</h1>
      <SignInForm {...props} />
      <p>
        <a href="/forgot-password">Forgot your password?</a>
      </p>
    </main>
  );
}
