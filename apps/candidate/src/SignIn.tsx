import { graphql, session } from './graphql';
import { FormFooter } from './FormFooter';
import { useFormSubmit } from './useFormSubmit';

const SIGN_IN = `
  mutation ($input: SignInInput!) {
    signIn(input: $input) {
      accessToken
      role
    }
  }
`;

interface Props {
  notice?: string;
  onSignedIn: () => void;
}

export function SignIn({ notice, onSignedIn }: Props) {
  const { submit, error, pending } = useFormSubmit(async (form) => {
    const { signIn } = await graphql<{ signIn: { accessToken: string } }>(SIGN_IN, {
      input: { email: form.get('email'), password: form.get('password') },
    });
    session.save(signIn.accessToken);
    onSignedIn();
  }, notice);

  return (
    <main>
      <h1>Sign in</h1>
      <form onSubmit={submit}>
        <label>
          Email <input name="email" type="email" autoComplete="username" required />
        </label>
        <label>
          Password <input name="password" type="password" autoComplete="current-password" required />
        </label>
        <FormFooter error={error} pending={pending} label="Sign in" pendingLabel="Signing in…" />
      </form>
    </main>
  );
}
