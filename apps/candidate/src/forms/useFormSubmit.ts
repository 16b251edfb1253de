import { useState, type FormEvent } from 'react';
import { errorMessage } from '../graphql';

/**
 * A form's submit handler with its pending flag and error message: `action` gets the form's data and
 * throws to show an error (the form becomes usable again); on success the caller moves on.
 */
export function useFormSubmit(action: (form: FormData) => Promise<void>, initialError?: string) {
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      await action(new FormData(event.currentTarget));
    } catch (e) {
      setError(errorMessage(e));
      setPending(false);
    }
  }

  return { submit, error, pending };
}
