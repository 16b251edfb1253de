import { AppBar, Layout, RefreshIconButton, useLoading, type LayoutProps } from 'react-admin';
import { Box, CircularProgress } from '@mui/material';
import { NotificationsButton } from './NotificationsButton';

/** react-admin's LoadingIndicator, with the name its spinner lacks (axe: aria-progressbar-name). */
function Loading() {
  const loading = useLoading();
  return (
    <Box sx={{ width: 40, display: 'flex', justifyContent: 'center' }}>
      {loading ? <CircularProgress color="inherit" size={18} thickness={4} aria-label="Loading" /> : <RefreshIconButton />}
    </Box>
  );
}

const NotificationsAppBar = () => (
  // react-admin's default app bar blue is too light for its white title (WCAG AA); the theme's primary is not.
  <AppBar
    color="primary"
    toolbar={
      <>
        <NotificationsButton />
        <Loading />
      </>
    }
  />
);

/** react-admin's layout with the notifications bell in the app bar (until the app has a layout of its own). */
export const NotificationsLayout = (props: LayoutProps) => <Layout {...props} appBar={NotificationsAppBar} />;
