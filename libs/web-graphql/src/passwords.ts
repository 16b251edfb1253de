/** The API's rule for a password someone chooses (ChangePasswordInput, AcceptInvitationInput, ...). */
export const MIN_PASSWORD_LENGTH = 8;

/** Why a new password cannot be used, or undefined when it can. */
export function weakPasswordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `The new password needs at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (!password.trim()) return 'The new password cannot be only spaces.';
  return undefined;
}

/** Why a new password typed twice cannot be used, or undefined when it can. */
export function newPasswordProblem(password: string, repeated: string): string | undefined {
  return weakPasswordProblem(password) ?? (password === repeated ? undefined : 'The two passwords differ.');
}
