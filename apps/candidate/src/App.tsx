import { useCallback, useState } from 'react';
import { Assignments, type Sitting } from './Assignments';
import { Interview } from './interview/Interview';
import { SessionReport } from './interview/SessionReport';
import { session } from './graphql';
import { SignIn } from './SignIn';
import { AcceptInvitation } from './AcceptInvitation';

export function App() {
  const [signedIn, setSignedIn] = useState(() => session.token() !== null);
  const [notice, setNotice] = useState<string>();
  const [invited, setInvited] = useState(() => window.location.pathname === '/accept-invitation');
  const [sitting, setSitting] = useState<Sitting>();
  const [reviewing, setReviewing] = useState<string>();

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
  if (!signedIn) return <SignIn notice={notice} onSignedIn={() => setSignedIn(true)} />;
  if (sitting) return <Interview {...sitting} onExit={() => setSitting(undefined)} />;
  if (reviewing) return <SessionReport sessionId={reviewing} onExit={() => setReviewing(undefined)} />;
  return <Assignments onSignOut={signOut} onSit={setSitting} onReview={setReviewing} />;
}
