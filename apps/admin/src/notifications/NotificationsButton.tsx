import { useId, useState } from 'react';
import { Link, useNotify, usePermissions } from 'react-admin';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Badge,
  Box,
  createSvgIcon,
  Divider,
  FormControlLabel,
  IconButton,
  Link as MuiLink,
  List,
  ListItem,
  Popover,
  Switch,
  Tooltip,
  Typography,
} from '@mui/material';
import { graphql } from '../graphql';

/** Material's "notifications" bell. */
const BellIcon = createSvgIcon(
  <path d="M12 22c1.1 0 2-.9 2-2h-4c0 1.1.89 2 2 2m6-6v-5c0-3.07-1.64-5.64-4.5-6.32V4c0-.83-.67-1.5-1.5-1.5s-1.5.67-1.5 1.5v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1z" />,
  'Notifications',
);

const NOTIFICATIONS = `{ notifications { emailEnabled
  awaitingReview { totalCount nodes { id completedAt candidate { name } } }
  atRisk { cohortId cohortName candidates { totalCount nodes { name reasons { detail } } } } } }`;
const SET_EMAIL = `mutation ($enabled: Boolean!) { setEmailNotifications(enabled: $enabled) }`;

interface Notifications {
  emailEnabled: boolean;
  awaitingReview: { totalCount: number; nodes: { id: string; completedAt: string; candidate: { name: string } }[] };
  atRisk: {
    cohortId: string;
    cohortName: string;
    candidates: { totalCount: number; nodes: { name: string; reasons: { detail: string }[] }[] };
  }[];
}

/** Shared with whatever else shows these (react-admin's refresh invalidates every query, this one too). */
export const NOTIFICATIONS_KEY = ['notifications'];

/**
 * The bell for the app bar: how many sessions wait for the coach's review (and, for admins, how many
 * candidates are at risk), the list behind it, and whether these also come by e-mail.
 */
export function NotificationsButton() {
  const { permissions } = usePermissions<string>();
  const staff = permissions === 'ADMIN' || permissions === 'COACH';
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const titleId = useId();
  const { data, isError } = useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: () => graphql<{ notifications: Notifications }>(NOTIFICATIONS).then((r) => r.notifications),
    enabled: staff,
    refetchInterval: 60_000,
  });
  const email = useMutation({
    mutationFn: (enabled: boolean) => graphql(SET_EMAIL, { enabled }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
    onError: (error) => notify(error.message, { type: 'error' }),
  });
  if (!staff) return null;

  const waiting = data?.awaitingReview.totalCount ?? 0;
  const atRisk = data?.atRisk.reduce((sum, c) => sum + c.candidates.totalCount, 0) ?? 0;
  const count = waiting + atRisk;
  const label = count ? `Notifications: ${count} new` : 'Notifications';
  const close = () => setAnchor(null);

  return (
    <>
      <Tooltip title={label}>
        <IconButton color="inherit" aria-label={label} aria-haspopup="dialog" onClick={(e) => setAnchor(e.currentTarget)}>
          <Badge badgeContent={count || null} color="error" max={99}>
            <BellIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={close}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          paper: { role: 'dialog', 'aria-labelledby': titleId, sx: { width: 360, maxWidth: '95vw', p: 2 } } as object,
        }}
      >
        <Typography id={titleId} variant="h6" component="h2">
          Notifications
        </Typography>
        {isError && <Typography color="error">Notifications could not be loaded.</Typography>}
        {!data && !isError && <Typography>Loading…</Typography>}
        {data && (
          <>
            <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
              {waiting
                ? `${waiting} session${waiting === 1 ? '' : 's'} waiting for your review`
                : 'No session waiting for your review'}
            </Typography>
            <List dense disablePadding>
              {data.awaitingReview.nodes.map((s) => (
                <ListItem key={s.id} disableGutters>
                  <MuiLink component={Link} to={`/reviews/${s.id}/show`} onClick={close}>
                    {s.candidate.name}, completed {new Date(s.completedAt).toLocaleDateString()}
                  </MuiLink>
                </ListItem>
              ))}
            </List>
            {waiting > 0 && (
              <MuiLink component={Link} to="/reviews" onClick={close}>
                Open the review queue
              </MuiLink>
            )}
            {permissions === 'ADMIN' && (
              <>
                <Divider sx={{ my: 1.5 }} />
                <Typography variant="subtitle2" component="h3">
                  {atRisk ? `${atRisk} candidate${atRisk === 1 ? '' : 's'} at risk` : 'No candidate at risk'}
                </Typography>
                {data.atRisk.map((cohort) => (
                  <Box key={cohort.cohortId} sx={{ mt: 1 }}>
                    <Typography variant="body2" sx={{ fontWeight: 600 }}>
                      {cohort.cohortName} ({cohort.candidates.totalCount})
                    </Typography>
                    <List dense disablePadding>
                      {cohort.candidates.nodes.map((c) => (
                        <ListItem key={c.name} disableGutters sx={{ display: 'block' }}>
                          <Typography variant="body2">
                            {c.name}: {c.reasons.map((r) => r.detail).join('; ')}
                          </Typography>
                        </ListItem>
                      ))}
                    </List>
                  </Box>
                ))}
              </>
            )}
            <Divider sx={{ my: 1.5 }} />
            <FormControlLabel
              control={
                <Switch checked={data.emailEnabled} disabled={email.isPending} onChange={(e) => email.mutate(e.target.checked)} />
              }
              label="Also send these by e-mail"
            />
            <Typography variant="caption" color="text.secondary" component="p">
              A daily reminder of sessions to review{permissions === 'ADMIN' ? ' and a weekly at-risk digest' : ''}, when the
              server sends mail.
            </Typography>
          </>
        )}
      </Popover>
    </>
  );
}
