import { useCallback, useState } from 'react';
import { Assignments } from './Assignments';
import { session } from './graphql';
import { SignIn } from './SignIn';

export function App() {
  const [signedIn, setSignedIn] = useState(() => session.token() !== null);
  const [notice, setNotice] = useState<string>();

  // Stable, because Assignments reloads whenever it changes.
  const signOut = useCallback((message?: string) => {
    session.clear();
    setNotice(message);
    setSignedIn(false);
  }, []);

  return signedIn ? <Assignments onSignOut={signOut} /> : <SignIn notice={notice} onSignedIn={() => setSignedIn(true)} />;
}
