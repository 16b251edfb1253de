import { session } from './graphql';
import { FormFooter } from './FormFooter';
import { useFormSubmit } from './useFormSubmit';
import { checkedPassword, NewPasswordFields } from './NewPasswordFields';

interface Props {
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Changes the password knowing the current one; other devices are signed out. */
export function ChangePassword({ onDone, onCancel }: Props) {
  const { submit, error, pending } = useFormSubmit(async (form) => {
    await session.changePassword(String(form.get('current')), checkedPassword(form));
    onDone('Password changed. You stay signed in here; other devices were signed out.');
  });

  return (
    <section aria-labelledby="change-password">
      <h2 id="change-password">Change your password</h2>
      <form onSubmit={submit}>
        <label>
          Current password <input name="current" type="password" autoComplete="current-password" required />
        </label>
        <NewPasswordFields />
        <FormFooter error={error} pending={pending} label="Change password" pendingLabel="Saving…" />
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </form>
    </section>
  );
}
