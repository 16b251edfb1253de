import { useState } from 'react';
import { Alert, Button, Card, CardContent, FormControlLabel, Stack, Switch, TextField, Typography } from '@mui/material';
import { saveDownload } from '@mockint/web-graphql';
import { errorMessage, graphql, request, session } from '../graphql';
import { useApiMutation, useApiQuery } from '../useApi';
import { useAuth } from '../auth/AuthContext';
import { FormFooter } from '../forms/FormFooter';
import { useFormSubmit } from '../forms/useFormSubmit';
import { checkedPassword, NewPasswordFields } from '../forms/NewPasswordFields';

const EMAIL_SETTING = graphql(`
  query EmailSetting {
    notifications {
      emailEnabled
    }
  }
`);

const SET_EMAIL = graphql(`
  mutation SetEmailNotifications($enabled: Boolean!) {
    setEmailNotifications(enabled: $enabled)
  }
`);

const SIGN_OUT_EVERYWHERE = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

/** Whether reminders and updates also come by e-mail. */
function EmailSetting() {
  const setting = useApiQuery(EMAIL_SETTING);
  const set = useApiMutation(SET_EMAIL, [EMAIL_SETTING]);
  const enabled = setting.data?.notifications.emailEnabled;
  return (
    <>
      <FormControlLabel
        control={
          <Switch
            checked={enabled ?? false}
            disabled={enabled === undefined || set.isPending}
            onChange={(e) => set.mutate({ enabled: e.target.checked })}
          />
        }
        label="E-mail me practice reminders, coach reviews and due dates (when this server sends e-mail)"
      />
      {(setting.error || set.error) && (
        <Alert severity="error" role="alert">
          {errorMessage(setting.error ?? set.error)}
        </Alert>
      )}
    </>
  );
}

/** Changes the password knowing the current one; other devices are signed out. */
function ChangePassword({ onDone }: { onDone: (message: string) => void }) {
  const { submit, error, pending } = useFormSubmit(async (form) => {
    await session.changePassword(String(form.get('current')), checkedPassword(form));
    onDone('Password changed. You stay signed in here; other devices were signed out.');
  });
  return (
    <Stack component="form" onSubmit={submit} spacing={2} sx={{ maxWidth: 420 }}>
      <TextField name="current" type="password" label="Current password" autoComplete="current-password" required />
      <NewPasswordFields />
      <FormFooter error={error} pending={pending} label="Change password" pendingLabel="Saving…" />
    </Stack>
  );
}

/** The person's account: password, their data, e-mail notifications, signing out (here or everywhere). */
export function AccountPage() {
  const { signOut } = useAuth();
  const [notice, setNotice] = useState<{ ok: boolean; text: string }>();
  const download = () =>
    void (async () => saveDownload(await session.token(), '/exports/me.json', 'my-data.json'))().catch((e: unknown) =>
      setNotice({ ok: false, text: errorMessage(e) }),
    );
  return (
    <Stack spacing={3} sx={{ maxWidth: 760 }}>
      <Typography variant="h1">Account and data</Typography>
      {notice && (
        <Alert severity={notice.ok ? 'success' : 'error'} role={notice.ok ? 'status' : 'alert'}>
          {notice.text}
        </Alert>
      )}
      <Card component="section" aria-labelledby="change-password">
        <CardContent>
          <Typography variant="h2" id="change-password" sx={{ fontSize: '1.15rem', mb: 2 }}>
            Change your password
          </Typography>
          <ChangePassword onDone={(text) => setNotice({ ok: true, text })} />
        </CardContent>
      </Card>
      <Card component="section" aria-labelledby="your-data">
        <CardContent>
          <Typography variant="h2" id="your-data" sx={{ fontSize: '1.15rem', mb: 1 }}>
            Your data
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            Everything this organization stores about you (answers, feedback, action items, logged interviews) as one JSON file.
          </Typography>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            <Button variant="outlined" onClick={download}>
              Download my data
            </Button>
          </Stack>
        </CardContent>
      </Card>
      <Card component="section" aria-labelledby="notifications">
        <CardContent>
          <Typography variant="h2" id="notifications" sx={{ fontSize: '1.15rem', mb: 1 }}>
            Notifications
          </Typography>
          <EmailSetting />
        </CardContent>
      </Card>
      <Card component="section" aria-labelledby="sign-out">
        <CardContent>
          <Typography variant="h2" id="sign-out" sx={{ fontSize: '1.15rem', mb: 1 }}>
            Signing out
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            Lost a phone, or signed in on a shared computer? Signing out everywhere ends every session of your account, in every
            organization you belong to, this one included.
          </Typography>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            <Button variant="outlined" onClick={() => void signOut()}>
              Sign out
            </Button>
            <Button
              color="error"
              onClick={() =>
                void request(SIGN_OUT_EVERYWHERE).then(signOut, (e: unknown) => setNotice({ ok: false, text: errorMessage(e) }))
              }
            >
              Sign out everywhere
            </Button>
          </Stack>
        </CardContent>
      </Card>
    </Stack>
  );
}
