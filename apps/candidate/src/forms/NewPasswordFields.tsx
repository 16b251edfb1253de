import { TextField } from '@mui/material';
import { MIN_PASSWORD_LENGTH, newPasswordProblem } from '@mockint/web-graphql';

/** A new password typed twice; `checkedPassword` reads it back from the form. */
export function NewPasswordFields() {
  return (
    <>
      <TextField
        name="password"
        type="password"
        label="New password"
        helperText={`At least ${MIN_PASSWORD_LENGTH} characters`}
        autoComplete="new-password"
        slotProps={{ htmlInput: { minLength: MIN_PASSWORD_LENGTH } }}
        required
      />
      <TextField
        name="confirm"
        type="password"
        label="Repeat it"
        autoComplete="new-password"
        slotProps={{ htmlInput: { minLength: MIN_PASSWORD_LENGTH } }}
        required
      />
    </>
  );
}

export function checkedPassword(form: FormData): string {
  const password = String(form.get('password'));
  const problem = newPasswordProblem(password, String(form.get('confirm')));
  if (problem) throw new Error(problem);
  return password;
}
