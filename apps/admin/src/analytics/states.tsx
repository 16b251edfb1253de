import type { ReactNode } from 'react';
import { Alert, AlertTitle, Box, CircularProgress, Paper, Typography } from '@mui/material';
import { ApiError } from '../graphql';

/** While figures load: a spinner that screen readers announce. */
export const LoadingState = ({ label = 'Loading figures' }: { label?: string }) => (
  <Box role="status" aria-live="polite" sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 3 }}>
    <CircularProgress size={24} aria-hidden />
    <Typography>{label}…</Typography>
  </Box>
);

/** Nothing to show yet, and what would make something appear. */
export const EmptyState = ({ title, children }: { title: string; children?: ReactNode }) => (
  <Paper variant="outlined" sx={{ p: 3, textAlign: 'center' }}>
    <Typography variant="h6" component="p" gutterBottom>
      {title}
    </Typography>
    {children && <Typography color="text.secondary">{children}</Typography>}
  </Paper>
);

/**
 * A request that failed. NOT_FOUND gets `notFound`: the API answers it both for an id that does not
 * exist and for one the person may not see (a cohort they do not coach), and so does this screen.
 */
export function ErrorState({ error, notFound }: { error: unknown; notFound?: string }) {
  if (error instanceof ApiError && error.code === 'NOT_FOUND' && notFound) {
    return (
      <Alert severity="warning" role="alert">
        <AlertTitle>Not found</AlertTitle>
        {notFound}
      </Alert>
    );
  }
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>These figures could not be loaded</AlertTitle>
      {error instanceof Error ? error.message : String(error)} Try again with the refresh button.
    </Alert>
  );
}

interface QueryLike<T> {
  data?: T;
  error: unknown;
  isPending: boolean;
}

/** Loading, then the error, then `children` with the data: the same order on every analytics screen. */
export function QueryState<T>({
  query,
  notFound,
  children,
}: {
  query: QueryLike<T>;
  notFound?: string;
  children: (data: T) => ReactNode;
}) {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) return <ErrorState error={query.error} notFound={notFound} />;
  return <LoadingState />;
}
