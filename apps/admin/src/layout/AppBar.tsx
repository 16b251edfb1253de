import { useState, type ReactNode } from 'react';
import { Box, Chip, Divider, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import KeyIcon from '@mui/icons-material/Key';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import {
  AppBar as RaAppBar,
  Logout,
  TitlePortal,
  useGetIdentity,
  useNotify,
  useRedirect,
  useRefresh,
  useResetStore,
  UserMenu,
  useUserMenu,
} from 'react-admin';
import { session } from '../graphql';
import { NotificationsButton } from '../notifications/NotificationsButton';
import { ChangePasswordDialog } from './ChangePasswordDialog';
import { Loading } from './Loading';
import { ROLE_LABELS, type Identity, type Organization } from './identity';

/** Where the person acts now, and as what. */
function OrganizationBadge() {
  const { identity } = useGetIdentity() as { identity?: Identity };
  if (!identity) return null;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0, mr: 1 }}>
      <Typography
        component="span"
        noWrap
        sx={{ fontWeight: 500, maxWidth: { xs: 120, sm: 280 } }}
        title={identity.organizationName}
      >
        {identity.organizationName}
      </Typography>
      <Chip size="small" label={ROLE_LABELS[identity.role]} sx={{ bgcolor: 'common.white', color: 'text.primary' }} />
    </Box>
  );
}

/** The other organizations the person runs or coaches in (the admin app is for staff). */
function SwitchOrganizationItems() {
  const { identity } = useGetIdentity() as { identity?: Identity };
  const { onClose } = useUserMenu() ?? {};
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const resetStore = useResetStore();
  const others =
    identity?.organizations.filter((o) => o.organizationId !== identity.organizationId && o.role !== 'CANDIDATE') ?? [];
  if (!others.length) return null;

  async function switchTo(organization: Organization) {
    onClose?.();
    try {
      await session.switchOrganization(organization.organizationId);
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return;
    }
    // Nothing of the previous organization may stay on screen: saved filters, cached lists, the role.
    resetStore();
    redirect('/');
    refresh();
    notify(`You now act in ${organization.organizationName} as ${ROLE_LABELS[organization.role].toLowerCase()}.`, {
      type: 'info',
    });
  }

  return [
    ...others.map((organization) => (
      <MenuItem key={organization.organizationId} onClick={() => void switchTo(organization)}>
        <ListItemIcon>
          <SwapHorizIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText primary={`Switch to ${organization.organizationName}`} secondary={ROLE_LABELS[organization.role]} />
      </MenuItem>
    )),
    <Divider key="divider" />,
  ];
}

function ChangePasswordItem({ onOpen }: { onOpen: () => void }) {
  const { onClose } = useUserMenu() ?? {};
  return (
    <MenuItem
      onClick={() => {
        onClose?.();
        onOpen();
      }}
    >
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>Change password</ListItemText>
    </MenuItem>
  );
}

/**
 * react-admin's user menu, named after the person: its button shows their name, and a button's name must
 * contain what it shows.
 */
function PersonMenu({ children }: { children: ReactNode }) {
  const { identity } = useGetIdentity();
  return <UserMenu label={identity?.fullName ?? 'Profile'}>{children}</UserMenu>;
}

/**
 * react-admin's app bar with the organization and role, the notifications bell, and a menu to switch
 * organization or change password.
 */
export function AppBar() {
  const [changingPassword, setChangingPassword] = useState(false);
  return (
    <>
      {/* Primary, not react-admin's lighter secondary: white text on it passes contrast. Always shown (not
          hidden on scroll): the organization, role and notifications stay in reach on long pages. */}
      <RaAppBar
        color="primary"
        alwaysOn
        toolbar={
          <>
            <NotificationsButton />
            <Loading />
          </>
        }
        userMenu={
          <PersonMenu>
            <SwitchOrganizationItems />
            <ChangePasswordItem onOpen={() => setChangingPassword(true)} />
            <Logout />
          </PersonMenu>
        }
      >
        <TitlePortal />
        <OrganizationBadge />
      </RaAppBar>
      <ChangePasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
    </>
  );
}
