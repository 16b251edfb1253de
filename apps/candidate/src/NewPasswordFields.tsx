import { MIN_PASSWORD_LENGTH, newPasswordProblem } from '@mockint/web-graphql';

/** A new password typed twice; `checkedPassword` reads it back from the form. */
export function NewPasswordFields() {
  return (
    <>
      <label>
        New password (at least {MIN_PASSWORD_LENGTH} characters){' '}
        <input name="password" type="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required />
      </label>
      <label>
        Repeat it <input name="confirm" type="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required />
      </label>
    </>
  );
}

export function checkedPassword(form: FormData): string {
  const password = String(form.get('password'));
  const problem = newPasswordProblem(password, String(form.get('confirm')));
  if (problem) throw new Error(problem);
  return password;
}
