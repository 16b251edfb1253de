import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { Form, PasswordInput, required, SaveButton, useNotify, type Validator } from 'react-admin';
import { MIN_PASSWORD_LENGTH, newPasswordProblem, weakPasswordProblem } from '@mockint/web-graphql';
import { ApiError, session } from '../graphql';

interface Passwords {
  currentPassword: string;
  newPassword: string;
  repeated: string;
}

// The candidate app's rule; the repeated field only says whether it differs.
const strongEnough: Validator = (value?: string) => weakPasswordProblem(value ?? '');
const sameAsNew: Validator = (value: string | undefined, all: Partial<Passwords>) =>
  weakPasswordProblem(all.newPassword ?? '') ? undefined : newPasswordProblem(all.newPassword ?? '', value ?? '');

function Fields({ onCancel }: { onCancel: () => void }) {
  return (
    <>
      <DialogContent>
        <DialogContentText>You stay signed in here; your other devices are signed out.</DialogContentText>
        <PasswordInput
          source="currentPassword"
          label="Current password"
          autoComplete="current-password"
          validate={required()}
          fullWidth
        />
        <PasswordInput
          source="newPassword"
          label={`New password (at least ${MIN_PASSWORD_LENGTH} characters)`}
          autoComplete="new-password"
          validate={[required(), strongEnough]}
          fullWidth
        />
        <PasswordInput
          source="repeated"
          label="Repeat the new password"
          autoComplete="new-password"
          validate={[required(), sameAsNew]}
          fullWidth
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Cancel</Button>
        <SaveButton label="Change password" alwaysEnable />
      </DialogActions>
    </>
  );
}

/** Changes the signed-in person's password, knowing the current one (the candidate app's rule and call). */
export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const notify = useNotify();
  // A new form each time the dialog opens: no password stays in memory.
  const [key, setKey] = useState(0);
  const close = () => {
    onClose();
    setKey((k) => k + 1);
  };

  async function save(values: Partial<Passwords>) {
    try {
      await session.changePassword(values.currentPassword ?? '', values.newPassword ?? '');
    } catch (error) {
      // Field errors in place: react-admin's Form shows what onSubmit returns.
      if (error instanceof ApiError && error.reason === 'INVALID_CREDENTIALS') {
        return { currentPassword: 'This is not your current password.' };
      }
      return { newPassword: error instanceof Error ? error.message : String(error) };
    }
    notify('Password changed. Your other devices were signed out.', { type: 'success' });
    close();
    return undefined;
  }

  return (
    <Dialog open={open} onClose={close} aria-labelledby="change-password-title" fullWidth maxWidth="xs">
      <DialogTitle id="change-password-title">Change your password</DialogTitle>
      <Form key={key} onSubmit={save} noValidate>
        <Fields onCancel={close} />
      </Form>
    </Dialog>
  );
}
