import { useEffect, useState, type ReactNode } from 'react';
import { Assignments, type Sitting } from './Assignments';
import { Interview } from './interview/Interview';
import { SessionReport } from './interview/SessionReport';
import { errorMessage, session } from './graphql';
import { SignIn } from './SignIn';
import { SignInAgain } from './SignInAgain';
import { AcceptInvitation } from './AcceptInvitation';
import { ForgotPassword } from './ForgotPassword';
import { ResetPassword } from './ResetPassword';

/** Pages reached from a link, before (or instead of) signing in. */
type LinkPage = 'accept-invitation' | 'reset-password' | 'forgot-password';
const LINK_PAGES: readonly string[] = ['accept-invitation', 'reset-password', 'forgot-password'];
const linkPageOf = (path: string): LinkPage | undefined =>
  LINK_PAGES.includes(path.slice(1)) ? (path.slice(1) as LinkPage) : undefined;

type Auth = 'restoring' | 'signedOut' | 'signedIn';

export function App() {
  const [linkPage, setLinkPage] = useState(() => linkPageOf(window.location.pathname));
  const [auth, setAuth] = useState<Auth>(linkPage ? 'signedOut' : 'restoring');
  const [notice, setNotice] = useState<string>();
  const [sitting, setSitting] = useState<Sitting>();
  const [reviewing, setReviewing] = useState<string>();
  /** Set while the session has ended mid-way: resolves the requests waiting for sign-in. */
  const [signedInAgain, setSignedInAgain] = useState<() => void>();

  // A reload keeps the person signed in: the refresh cookie opens the session again.
  useEffect(() => {
    if (auth !== 'restoring') return;
    session.restore().then(
      (signedIn) => setAuth(signedIn ? 'signedIn' : 'signedOut'),
      (e: unknown) => {
        setNotice(errorMessage(e));
        setAuth('signedOut');
      },
    );
  }, [auth]);

  useEffect(() => session.onEnded(() => new Promise<void>((resolve) => setSignedInAgain(() => resolve))), []);

  function signOut() {
    session.signOut().then(
      () => setNotice(undefined),
      (e: unknown) => setNotice(`Signing out failed (${errorMessage(e)}): you may still be signed in.`),
    );
    setSitting(undefined);
    setReviewing(undefined);
    setAuth('signedOut');
  }

  let screen: ReactNode;
  const signedInFromLink = () => {
    setLinkPage(undefined);
    setAuth('signedIn');
  };
  if (linkPage === 'accept-invitation') screen = <AcceptInvitation onAccepted={signedInFromLink} />;
  else if (linkPage === 'reset-password') screen = <ResetPassword onSignedIn={signedInFromLink} />;
  else if (linkPage === 'forgot-password') screen = <ForgotPassword />;
  else if (auth === 'restoring') screen = <p>Loading…</p>;
  else if (auth === 'signedOut') screen = <SignIn notice={notice} onSignedIn={() => setAuth('signedIn')} />;
  else if (sitting) screen = <Interview {...sitting} onExit={() => setSitting(undefined)} />;
  else if (reviewing) screen = <SessionReport sessionId={reviewing} onExit={() => setReviewing(undefined)} />;
  else screen = <Assignments onSignOut={signOut} onSit={setSitting} onReview={setReviewing} />;

  // The screen stays mounted under the sign-in dialog, so nothing on it is lost.
  return (
    <>
      {screen}
      {signedInAgain && (
        <SignInAgain
          onSignedIn={() => {
            signedInAgain();
            setSignedInAgain(undefined);
          }}
        />
      )}
    </>
  );
}
