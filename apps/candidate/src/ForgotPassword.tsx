import { useState } from 'react';
import { postGraphql } from '@mockint/web-graphql';
import { FormFooter } from './FormFooter';
import { useFormSubmit } from './useFormSubmit';

const REQUEST = 'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }';

/** Asks for a reset link by e-mail; the answer is the same whether the account exists or not. */
export function ForgotPassword() {
  const [sent, setSent] = useState(false);
  const { submit, error, pending } = useFormSubmit(async (form) => {
    await postGraphql(REQUEST, { input: { email: String(form.get('email')) } }, null);
    setSent(true);
  });

  return (
    <main>
      <h1>Forgot your password?</h1>
      {sent ? (
        <p role="status">
          If an account uses this address and this server sends e-mail, a link to choose a new password is on its way. No e-mail
          after a few minutes? Your administrator can give you a reset link.
        </p>
      ) : (
        <form onSubmit={submit}>
          <label>
            Email <input name="email" type="email" autoComplete="username" required />
          </label>
          <FormFooter error={error} pending={pending} label="Send me a link" pendingLabel="Sending…" />
        </form>
      )}
      <p>
        <a href="/">Back to sign-in</a>
      </p>
    </main>
  );
}
