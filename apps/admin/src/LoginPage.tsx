import { Box, Link } from '@mui/material';
import { Login, LoginForm } from 'react-admin';

/** react-admin's sign-in, with the way back in for a forgotten password (the candidate app's page). */
export const LoginPage = () => (
  <Login>
    <LoginForm />
    <Box sx={{ px: 2, pb: 2, textAlign: 'center' }}>
      <Link href="/forgot-password">Forgot your password?</Link>
    </Box>
  </Login>
);
