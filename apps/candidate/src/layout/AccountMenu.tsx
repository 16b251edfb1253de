import { useId, useState } from 'react';
import { Avatar, Box, Divider, IconButton, ListItemIcon, ListItemText, Menu, MenuItem, Typography } from '@mui/material';
import { useColorScheme } from '@mui/material/styles';
import CheckIcon from '@mui/icons-material/Check';
import DarkIcon from '@mui/icons-material/DarkModeOutlined';
import LightIcon from '@mui/icons-material/LightModeOutlined';
import LogoutIcon from '@mui/icons-material/Logout';
import PersonIcon from '@mui/icons-material/PersonOutlined';
import { visuallyHidden } from '@mui/utils';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { session } from '../graphql';
import { useApiQuery } from '../useApi';
import { useAuth } from '../auth/AuthContext';
import { ME } from './me';
import { RouterLink } from './RouterLink';

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join('');

/** The person's menu: who and where they are, other organizations, account, colours, sign out. */
export function AccountMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const me = useApiQuery(ME).data?.me;
  const { signOut } = useAuth();
  const { mode, systemMode, setMode } = useColorScheme();
  const queries = useQueryClient();
  const navigate = useNavigate();
  const dark = (mode === 'system' ? systemMode : mode) === 'dark';
  const close = () => setAnchor(null);

  async function switchTo(organizationId: string) {
    close();
    await session.switchOrganization(organizationId);
    // Everything on screen belonged to the other organization.
    queries.clear();
    navigate('/');
  }

  return (
    <>
      <IconButton
        onClick={(event) => setAnchor(event.currentTarget)}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
      >
        {/* Named by text, not aria-label: the initials shown must be part of the button's name. */}
        <Box component="span" sx={visuallyHidden}>
          Account
        </Box>
        <Avatar sx={{ width: 34, height: 34, bgcolor: 'primary.main', color: 'primary.contrastText', fontSize: '0.9rem' }}>
          {me ? initials(me.name) : <PersonIcon fontSize="small" />}
        </Avatar>
      </IconButton>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={close}>
        {me && (
          <MenuItem disabled sx={{ '&.Mui-disabled': { opacity: 1 } }}>
            <ListItemText
              primary={me.name}
              secondary={`${me.email} · ${me.organizations.find((o) => o.organizationId === me.organizationId)?.organizationName ?? ''}`}
            />
          </MenuItem>
        )}
        {me && me.organizations.length > 1 && <Divider />}
        {me &&
          me.organizations.length > 1 &&
          me.organizations.map((o) => (
            <MenuItem
              key={o.organizationId}
              onClick={() => void switchTo(o.organizationId)}
              selected={o.organizationId === me.organizationId}
            >
              <ListItemIcon>{o.organizationId === me.organizationId && <CheckIcon fontSize="small" />}</ListItemIcon>
              <ListItemText primary={o.organizationName} secondary={`as ${o.role.toLowerCase()}`} />
            </MenuItem>
          ))}
        <Divider />
        <MenuItem component={RouterLink} to="/account" onClick={close}>
          <ListItemIcon>
            <PersonIcon fontSize="small" />
          </ListItemIcon>
          Account and data
        </MenuItem>
        <MenuItem onClick={() => setMode(dark ? 'light' : 'dark')}>
          <ListItemIcon>{dark ? <LightIcon fontSize="small" /> : <DarkIcon fontSize="small" />}</ListItemIcon>
          {dark ? 'Light colours' : 'Dark colours'}
        </MenuItem>
        <MenuItem
          onClick={() => {
            close();
            void signOut();
          }}
        >
          <ListItemIcon>
            <LogoutIcon fontSize="small" />
          </ListItemIcon>
          <Typography>Sign out</Typography>
        </MenuItem>
      </Menu>
    </>
  );
}
