import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireAuth } from './auth/AuthContext';
import { SignInPage } from './auth/SignInPage';
import { ForgotPasswordPage } from './auth/ForgotPasswordPage';
import { ResetPasswordPage } from './auth/ResetPasswordPage';
import { AcceptInvitationPage } from './auth/AcceptInvitationPage';
import { AppShell } from './layout/AppShell';
import { HomePage } from './home/HomePage';

// The interview room and the feedback are their own chunks: sign-in and home load without them.
const lazyPage = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));
const SessionPage = lazyPage(() => import('./interview/SessionPage'), 'SessionPage');
const ReportPage = lazyPage(() => import('./interview/ReportPage'), 'ReportPage');
const StartAssignmentPage = lazyPage(() => import('./interview/StartAssignmentPage'), 'StartAssignmentPage');
const PracticePage = lazyPage(() => import('./practice/PracticePage'), 'PracticePage');
const AccountPage = lazyPage(() => import('./account/AccountPage'), 'AccountPage');
// The charts library is loaded with the progress screen only.
const ProgressPage = lazyPage(() => import('./progress/ProgressPage'), 'ProgressPage');
const RealInterviewsPage = lazyPage(() => import('./real-interviews/RealInterviewsPage'), 'RealInterviewsPage');
const NewRealInterviewPage = lazyPage(() => import('./real-interviews/NewRealInterviewPage'), 'NewRealInterviewPage');
const RealInterviewPage = lazyPage(() => import('./real-interviews/RealInterviewPage'), 'RealInterviewPage');
const PractiseLoggedPage = lazyPage(() => import('./real-interviews/PractiseLoggedPage'), 'PractiseLoggedPage');

/** One route per screen: the address bar, the back button, reloads and shared links all work. */
export const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  { path: '/forgot-password', element: <ForgotPasswordPage /> },
  { path: '/reset-password', element: <ResetPasswordPage /> },
  { path: '/accept-invitation', element: <AcceptInvitationPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppShell />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'practice', element: <PracticePage /> },
          { path: 'assignments/:assignmentId/start', element: <StartAssignmentPage /> },
          { path: 'sessions/:sessionId', element: <SessionPage /> },
          { path: 'sessions/:sessionId/feedback', element: <ReportPage /> },
          { path: 'progress', element: <ProgressPage /> },
          { path: 'real-interviews', element: <RealInterviewsPage /> },
          { path: 'real-interviews/new', element: <NewRealInterviewPage /> },
          { path: 'real-interviews/:id', element: <RealInterviewPage /> },
          { path: 'real-interviews/:id/practise/:questionId', element: <PractiseLoggedPage /> },
          { path: 'account', element: <AccountPage /> },
          { path: '*', element: <Navigate to="/" replace /> },
        ],
      },
    ],
  },
]);
