import { Box, CircularProgress } from '@mui/material';
import { RefreshIconButton, useLoading } from 'react-admin';

/** react-admin's LoadingIndicator, with the name its spinner lacks (axe: aria-progressbar-name). */
export function Loading() {
  const loading = useLoading();
  return (
    <Box sx={{ width: 40, display: 'flex', justifyContent: 'center' }}>
      {loading ? <CircularProgress color="inherit" size={18} thickness={4} aria-label="Loading" /> : <RefreshIconButton />}
    </Box>
  );
}
