import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CssBaseline } from '@mui/material';
import { createTheme, ThemeProvider } from '@mui/material/styles';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { appThemeOptions } from '@mockint/web-theme';
import { ApiError } from './graphql';
import { AuthProvider } from './auth/AuthContext';
import { localDrafts } from './interview/drafts';
import { router } from './routes';

localDrafts.forgetOld();

const theme = createTheme(appThemeOptions);

const queries = new QueryClient({
  defaultOptions: {
    // An answer from the API (not found, forbidden, invalid) will not change by asking again.
    queries: { retry: (count, error) => !(error instanceof ApiError && error.code) && count < 2 },
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <QueryClientProvider client={queries}>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </QueryClientProvider>
    </ThemeProvider>
  </StrictMode>,
);
