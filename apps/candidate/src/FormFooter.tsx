interface Props {
  error?: string;
  pending: boolean;
  /** Disabled for another reason than a pending submit (nothing to send yet). */
  disabled?: boolean;
  label: string;
  pendingLabel: string;
}

/** The end of every form: its error, if any, then the submit button (disabled while pending). */
export function FormFooter({ error, pending, disabled = false, label, pendingLabel }: Props) {
  return (
    <>
      {error && <ErrorMessage message={error} />}
      <button type="submit" disabled={pending || disabled}>
        {pending ? pendingLabel : label}
      </button>
    </>
  );
}

export function ErrorMessage({ message }: { message: string }) {
  return (
    <p className="error" role="alert">
      {message}
    </p>
  );
}
