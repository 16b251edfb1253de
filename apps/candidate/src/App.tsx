import { useEffect, useState, type ReactNode } from 'react';
import { Assignments, type Sitting } from './Assignments';
import { Interview } from './interview/Interview';
import { SessionReport } from './interview/SessionReport';
import { errorMessage, session } from './graphql';
import { SignIn } from './SignIn';
import { SignInAgain } from './SignInAgain';
import { AcceptInvitation } from './AcceptInvitation';

type Auth = 'restoring' | 'signedOut' | 'signedIn';

export function App() {
  const [invited, setInvited] = useState(() => window.location.pathname === '/accept-invitation');
  const [auth, setAuth] = useState<Auth>(invited ? 'signedOut' : 'restoring');
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
  if (invited) {
    screen = (
      <AcceptInvitation
        onAccepted={() => {
          setInvited(false);
          setAuth('signedIn');
        }}
      />
    );
  } else if (auth === 'restoring') screen = <p>Loading…</p>;
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
