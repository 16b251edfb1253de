import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { formErrors, messageOf } from '../apiErrors';

/**
 * Runs one of the API's mutations from a button (`run`) or a form (`submit`): pending while it runs, the API's error as a
 * notification, and on success a message and fresh data on screen (no reload).
 */
export function useAction() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [pending, setPending] = useState(false);

  async function run<T>(work: () => Promise<T>, success: (result: T) => string): Promise<T | undefined> {
    setPending(true);
    try {
      const result = await work();
      notify(success(result), { type: 'success' });
      refresh();
      return result;
    } catch (error) {
      notify(messageOf(error), { type: 'error' });
      return undefined;
    } finally {
      setPending(false);
    }
  }

  /**
   * The same as a react-admin form's `onSubmit`: the API's refusal comes back as field errors (under
   * `field` when it names none), shown in place.
   */
  async function submit(
    work: () => Promise<unknown>,
    field: string,
    success: string,
  ): Promise<Record<string, string> | undefined> {
    try {
      await work();
    } catch (error) {
      return formErrors(error, field);
    }
    notify(success, { type: 'success' });
    refresh();
    return undefined;
  }

  return { run, submit, pending };
}
