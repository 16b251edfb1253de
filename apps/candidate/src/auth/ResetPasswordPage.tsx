import { Link, Stack, Typography } from '@mui/material';
import { useNavigate } from 'react-router';
import { session } from '../graphql';
import { AuthCard } from './AuthCard';
import { useAuth } from './AuthContext';
import { FormFooter } from '../forms/FormFooter';
import { useFormSubmit } from '../forms/useFormSubmit';
import { checkedPassword, NewPasswordFields } from '../forms/NewPasswordFields';
import { RouterLink } from '../layout/RouterLink';
import { tokenFromLink } from '../links';

/** The reset link's page: a new password, then signed in with it. */
export function ResetPasswordPage() {
  const { signedIn } = useAuth();
  const navigate = useNavigate();
  const { submit, error, pending } = useFormSubmit(async (form) => {
    await session.resetPassword(tokenFromLink(), checkedPassword(form));
    signedIn();
    navigate('/', { replace: true });
  });

  return (
    <AuthCard title="Choose a new password">
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        Every other place where you are signed in will be signed out.
      </Typography>
      <Stack component="form" onSubmit={submit} spacing={2}>
        <NewPasswordFields />
        <FormFooter error={error} pending={pending} label="Save and sign in" pendingLabel="Saving…" />
      </Stack>
      <Typography sx={{ mt: 2 }}>
        Link expired?{' '}
        <Link component={RouterLink} to="/forgot-password">
          Ask for a new one
        </Link>
        .
      </Typography>
    </AuthCard>
  );
}
