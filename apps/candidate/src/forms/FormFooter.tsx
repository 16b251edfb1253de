import type { ReactNode } from 'react';
import { Alert, Button, Stack } from '@mui/material';

interface Props {
  error?: string;
  pending: boolean;
  /** Disabled for another reason than a pending submit (nothing to send yet). */
  disabled?: boolean;
  label: string;
  pendingLabel: string;
  /** Other buttons beside the submit (Cancel). */
  children?: ReactNode;
}

/** The end of every form: its error, if any, then the submit button (disabled while pending). */
export function FormFooter({ error, pending, disabled = false, label, pendingLabel, children }: Props) {
  return (
    <>
      {error && (
        <Alert severity="error" role="alert">
          {error}
        </Alert>
      )}
      <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
        <Button type="submit" variant="contained" size="large" disabled={pending || disabled}>
          {pending ? pendingLabel : label}
        </Button>
        {children}
      </Stack>
    </>
  );
}
