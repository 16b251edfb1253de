import { Suspense, type ReactNode } from 'react';
import { AppBar, BottomNavigation, BottomNavigationAction, Box, Button, Container, Paper, Stack, Toolbar } from '@mui/material';
import HomeIcon from '@mui/icons-material/HomeOutlined';
import PracticeIcon from '@mui/icons-material/FitnessCenterOutlined';
import ProgressIcon from '@mui/icons-material/InsightsOutlined';
import RealInterviewsIcon from '@mui/icons-material/WorkOutlineOutlined';
import { Outlet, useLocation } from 'react-router';
import { Brand } from './Brand';
import { AccountMenu } from './AccountMenu';
import { RouterLink } from './RouterLink';
import { Loading } from './States';

/** The app's sections, in the app bar on wide screens and at the bottom on phones (with `short` labels there). */
const SECTIONS: { to: string; label: string; short?: string; icon: ReactNode }[] = [
  { to: '/', label: 'Home', icon: <HomeIcon /> },
  { to: '/practice', label: 'Practice', icon: <PracticeIcon /> },
  { to: '/progress', label: 'Progress', icon: <ProgressIcon /> },
  { to: '/real-interviews', label: 'Real interviews', short: 'Interviews', icon: <RealInterviewsIcon /> },
];

const sectionOf = (path: string) =>
  SECTIONS.slice()
    .reverse()
    .find((s) => (s.to === '/' ? path === '/' : path.startsWith(s.to)))?.to ?? false;

/** The signed-in frame: app bar with the sections and the account menu, then the screen. */
export function AppShell() {
  const { pathname } = useLocation();
  const current = sectionOf(pathname);
  // The interview room keeps only what the interview needs on screen.
  const inRoom = /^\/sessions\/[^/]+$/.test(pathname);
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default', pb: { xs: inRoom ? 4 : 9, md: 4 } }}>
      <AppBar position="sticky" color="inherit" elevation={0} sx={{ borderBottom: 1, borderColor: 'divider' }}>
        <Toolbar sx={{ gap: 2 }}>
          <Box component={RouterLink} to="/" aria-label="Mockint home" sx={{ color: 'inherit', textDecoration: 'none' }}>
            <Brand />
          </Box>
          <Stack
            component="nav"
            aria-label="Sections"
            direction="row"
            spacing={0.5}
            sx={{ display: { xs: 'none', md: inRoom ? 'none' : 'flex' } }}
          >
            {SECTIONS.map((s) => (
              <Button
                key={s.to}
                component={RouterLink}
                to={s.to}
                startIcon={s.icon}
                color={current === s.to ? 'primary' : 'inherit'}
                aria-current={current === s.to ? 'page' : undefined}
              >
                {s.label}
              </Button>
            ))}
          </Stack>
          <Box sx={{ flex: 1 }} />
          <AccountMenu />
        </Toolbar>
      </AppBar>
      <Container component="main" maxWidth="lg" sx={{ py: { xs: 2, sm: 4 } }}>
        <Suspense fallback={<Loading label="Loading…" />}>
          <Outlet />
        </Suspense>
      </Container>
      <Paper
        component="nav"
        aria-label="Sections"
        elevation={3}
        sx={{
          display: { xs: inRoom ? 'none' : 'block', md: 'none' },
          position: 'fixed',
          bottom: 0,
          left: 0,
          right: 0,
          zIndex: 'appBar',
        }}
      >
        <BottomNavigation value={current} showLabels>
          {SECTIONS.map((s) => (
            <BottomNavigationAction
              key={s.to}
              component={RouterLink}
              to={s.to}
              value={s.to}
              label={s.short ?? s.label}
              icon={s.icon}
              aria-current={current === s.to ? 'page' : undefined}
            />
          ))}
        </BottomNavigation>
      </Paper>
    </Box>
  );
}
