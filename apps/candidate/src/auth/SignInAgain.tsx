import { Dialog, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { SignInForm } from './SignInForm';

/**
 * Signing in again over the current screen once the session truly ended (signed out in another tab,
 * revoked, expired): the screen behind stays as it was, typed answer included, and what it was sending
 * goes through after sign-in. Requests wait on it: with no onClose, neither Escape nor a click outside dismisses it.
 */
export function SignInAgain({ onSignedIn }: { onSignedIn: () => void }) {
  return (
    <Dialog open aria-labelledby="sign-in-again-title" aria-describedby="sign-in-again-why">
      <DialogTitle id="sign-in-again-title">Your session ended</DialogTitle>
      <DialogContent>
        <DialogContentText id="sign-in-again-why" sx={{ mb: 2 }}>
          Sign in again to carry on. Nothing you typed is lost: it is sent once you are back.
        </DialogContentText>
        <SignInForm onSignedIn={onSignedIn} />
      </DialogContent>
    </Dialog>
  );
}
