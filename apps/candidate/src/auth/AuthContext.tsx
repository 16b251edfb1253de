import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { errorMessage, session } from '../graphql';
import { Loading } from '../layout/States';
import { SignInAgain } from './SignInAgain';

type Status = 'restoring' | 'signedIn' | 'signedOut';

interface Auth {
  status: Status;
  /** Why the person was signed out, shown on the sign-in page. */
  notice?: string;
  signedIn: () => void;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
}

/**
 * Whether someone is signed in. A reload keeps the person signed in (the refresh cookie opens the session
 * again); when the session ends mid-way, a sign-in dialog opens over the screen and the requests waiting
 * on it go through afterwards, so nothing typed is lost.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Status>('restoring');
  const [notice, setNotice] = useState<string>();
  const [signedInAgain, setSignedInAgain] = useState<() => void>();
  const queries = useQueryClient();

  useEffect(() => {
    session.restore().then(
      (signedIn) => setStatus(signedIn ? 'signedIn' : 'signedOut'),
      (e: unknown) => {
        setNotice(errorMessage(e));
        setStatus('signedOut');
      },
    );
  }, []);

  useEffect(() => session.onEnded(() => new Promise<void>((resolve) => setSignedInAgain(() => resolve))), []);

  const signedIn = useCallback(() => {
    setNotice(undefined);
    setStatus('signedIn');
  }, []);

  const signOut = useCallback(async () => {
    setStatus('signedOut');
    // Another person may sign in next on this browser: nothing of this one's stays cached.
    queries.clear();
    await session
      .signOut()
      .catch((e: unknown) => setNotice(`Signing out failed (${errorMessage(e)}): you may still be signed in.`));
  }, [queries]);

  const auth = useMemo(() => ({ status, notice, signedIn, signOut }), [status, notice, signedIn, signOut]);
  return (
    <AuthContext.Provider value={auth}>
      {children}
      {signedInAgain && (
        <SignInAgain
          onSignedIn={() => {
            signedInAgain();
            setSignedInAgain(undefined);
          }}
        />
      )}
    </AuthContext.Provider>
  );
}

/** The signed-in part of the app: others go to the sign-in page, and come back where they were going. */
export function RequireAuth() {
  const { status } = useAuth();
  const location = useLocation();
  if (status === 'restoring') return <Loading label="Loading…" />;
  if (status === 'signedOut') return <Navigate to="/sign-in" replace state={{ from: location }} />;
  return <Outlet />;
}
