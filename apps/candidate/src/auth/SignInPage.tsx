import { Link, Typography } from '@mui/material';
import { Navigate, useLocation, useNavigate, type Location } from 'react-router';
import { AuthCard } from './AuthCard';
import { SignInForm } from './SignInForm';
import { useAuth } from './AuthContext';
import { RouterLink } from '../layout/RouterLink';

export function SignInPage() {
  const { status, notice, signedIn } = useAuth();
  const navigate = useNavigate();
  const from = (useLocation().state as { from?: Location } | null)?.from;
  const back = from ? `${from.pathname}${from.search}` : '/';
  if (status === 'signedIn') return <Navigate to={back} replace />;
  return (
    <AuthCard title="Sign in">
      <SignInForm
        notice={notice}
        onSignedIn={() => {
          signedIn();
          navigate(back, { replace: true });
        }}
      />
      <Typography sx={{ mt: 2 }}>
        <Link component={RouterLink} to="/forgot-password">
          Forgot your password?
        </Link>
      </Typography>
    </AuthCard>
  );
}
