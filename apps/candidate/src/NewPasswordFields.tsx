/** A new password typed twice; `checkedPassword` reads it back from the form. */
export function NewPasswordFields() {
  return (
    <>
      <label>
        New password (at least 8 characters){' '}
        <input name="password" type="password" autoComplete="new-password" minLength={8} required />
      </label>
      <label>
        Repeat it <input name="confirm" type="password" autoComplete="new-password" minLength={8} required />
      </label>
    </>
  );
}

export function checkedPassword(form: FormData): string {
  const password = String(form.get('password'));
  if (password !== form.get('confirm')) throw new Error('The two passwords differ.');
  return password;
}
