import { Alert, Link, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { postGraphql } from '@mockint/web-graphql';
import { graphql, session } from '../graphql';
import type { InvitationInfoQuery } from '../gql/graphql';
import { AuthCard } from './AuthCard';
import { useAuth } from './AuthContext';
import { FormFooter } from '../forms/FormFooter';
import { useFormSubmit } from '../forms/useFormSubmit';
import { checkedPassword, NewPasswordFields } from '../forms/NewPasswordFields';
import { Loading } from '../layout/States';
import { RouterLink } from '../layout/RouterLink';
import { tokenFromLink } from '../links';
import { errorMessage } from '../graphql';

const INFO = graphql(`
  query InvitationInfo($token: String!) {
    invitationInfo(token: $token) {
      organizationName
      email
      role
      choosePassword
    }
  }
`);

/** The invitation link's page: join the organization with a new password, or by signing in. */
export function AcceptInvitationPage() {
  const token = tokenFromLink();
  const { signedIn } = useAuth();
  const navigate = useNavigate();
  // Asked without a session: the link's token is the credential.
  const info = useQuery({
    queryKey: ['invitationInfo', token],
    queryFn: () => postGraphql<InvitationInfoQuery>(INFO.toString(), { token }, null),
    retry: false,
  });
  const invitation = info.data?.invitationInfo;

  const { submit, error, pending } = useFormSubmit(async (form) => {
    const password = invitation?.choosePassword ? checkedPassword(form) : String(form.get('current'));
    await session.acceptInvitation(token, password);
    signedIn();
    navigate('/', { replace: true });
  });

  if (info.error) {
    return (
      <AuthCard title="Invitation">
        <Alert severity="error" role="alert">
          {errorMessage(info.error)}. Ask the person who invited you for a new link.
        </Alert>
        <Typography sx={{ mt: 2 }}>
          <Link component={RouterLink} to="/sign-in">
            Go to sign-in
          </Link>
        </Typography>
      </AuthCard>
    );
  }
  if (!invitation) return <Loading label="Opening your invitation…" />;
  return (
    <AuthCard title={`Join ${invitation.organizationName}`}>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        You are invited as {invitation.role.toLowerCase()} with {invitation.email}.{' '}
        {invitation.choosePassword ? 'Choose a password to start.' : 'Sign in with the password of this account to accept.'}
      </Typography>
      <Stack component="form" onSubmit={submit} spacing={2}>
        {invitation.choosePassword ? (
          <NewPasswordFields />
        ) : (
          <TextField name="current" type="password" label="Password" autoComplete="current-password" required />
        )}
        <FormFooter
          error={error}
          pending={pending}
          label={invitation.choosePassword ? 'Set password and join' : 'Sign in and join'}
          pendingLabel="Joining…"
        />
      </Stack>
      {!invitation.choosePassword && (
        <Typography sx={{ mt: 2 }}>
          No password yet, or forgot it?{' '}
          <Link component={RouterLink} to="/forgot-password">
            Reset it
          </Link>
          , then open this link again.
        </Typography>
      )}
    </AuthCard>
  );
}
