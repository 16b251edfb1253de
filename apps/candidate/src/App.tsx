import { useCallback, useState } from 'react';
import { Assignments } from './Assignments';
import { session } from './graphql';
import { SignIn } from './SignIn';
import { AcceptInvitation } from './AcceptInvitation';

export function App() {
  const [signedIn, setSignedIn] = useState(() => session.token() !== null);
  const [notice, setNotice] = useState<string>();
  const [invited, setInvited] = useState(() => window.location.pathname === '/accept-invitation');

  // Stable, because Assignments reloads whenever it changes.
  const signOut = useCallback((message?: string) => {
    session.clear();
    setNotice(message);
    setSignedIn(false);
  }, []);

  if (invited) {
    return (
      <AcceptInvitation
        onAccepted={() => {
          setInvited(false);
          setSignedIn(true);
        }}
      />
    );
  }
  return signedIn ? <Assignments onSignOut={signOut} /> : <SignIn notice={notice} onSignedIn={() => setSignedIn(true)} />;
}
