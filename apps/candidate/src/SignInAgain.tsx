import { useEffect, useRef } from 'react';
import { SignInForm } from './SignIn';

/**
 * Signing in again over the current screen once the session truly ended (signed out in another tab,
 * revoked, expired): the screen behind stays as it was, typed answer included, and what it was sending
 * goes through after sign-in. A modal dialog: focus moves into it and the page behind is inert meanwhile.
 */
export function SignInAgain({ onSignedIn }: { onSignedIn: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="sign-in-again-title"
      aria-describedby="sign-in-again-why"
      // Requests are waiting on it: Escape does not dismiss it, and if the browser closes it anyway it opens again.
      onCancel={(event) => event.preventDefault()}
      onClose={(event) => event.currentTarget.isConnected && event.currentTarget.showModal()}
    >
      <h2 id="sign-in-again-title">Your session ended</h2>
      <p id="sign-in-again-why">Sign in again to carry on. Nothing you typed is lost: it is sent once you are back.</p>
      <SignInForm onSignedIn={onSignedIn} />
    </dialog>
  );
}
