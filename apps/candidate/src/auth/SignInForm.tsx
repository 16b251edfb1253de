import { Stack, TextField } from '@mui/material';
import { session } from '../graphql';
import { FormFooter } from '../forms/FormFooter';
import { useFormSubmit } from '../forms/useFormSubmit';

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
    <Stack component="form" onSubmit={submit} spacing={2}>
      <TextField name="email" type="email" label="Email" autoComplete="username" required autoFocus />
      <TextField name="password" type="password" label="Password" autoComplete="current-password" required />
      <FormFooter error={error} pending={pending} label="Sign in" pendingLabel="Signing in…" />
    </Stack>
  );
}
