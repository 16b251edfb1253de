import { useState } from 'react';
import { Alert, Link, Stack, TextField, Typography } from '@mui/material';
import { postGraphql } from '@mockint/web-graphql';
import { graphql } from '../graphql';
import { AuthCard } from './AuthCard';
import { FormFooter } from '../forms/FormFooter';
import { useFormSubmit } from '../forms/useFormSubmit';
import { RouterLink } from '../layout/RouterLink';

const REQUEST = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

/** Asks for a reset link by e-mail; the answer is the same whether the account exists or not. */
export function ForgotPasswordPage() {
  const [sent, setSent] = useState(false);
  const { submit, error, pending } = useFormSubmit(async (form) => {
    await postGraphql(REQUEST.toString(), { input: { email: String(form.get('email')) } }, null);
    setSent(true);
  });

  return (
    <AuthCard title="Forgot your password?">
      {sent ? (
        <Alert severity="success" role="status">
          If an account uses this address and this server sends e-mail, a link to choose a new password is on its way. No e-mail
          after a few minutes? Your administrator can give you a reset link.
        </Alert>
      ) : (
        <Stack component="form" onSubmit={submit} spacing={2}>
          <TextField name="email" type="email" label="Email" autoComplete="username" required autoFocus />
          <FormFooter error={error} pending={pending} label="Send me a link" pendingLabel="Sending…" />
        </Stack>
      )}
      <Typography sx={{ mt: 2 }}>
        <Link component={RouterLink} to="/sign-in">
          Back to sign-in
        </Link>
      </Typography>
    </AuthCard>
  );
}
