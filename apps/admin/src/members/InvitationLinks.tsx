import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useNotify } from 'react-admin';

export interface LinkToHandOver {
  name: string;
  email: string;
  url: string;
}

/** Invitation links to hand over by hand, when the server has no mail server to send them. */
export function InvitationLinks({ links }: { links: LinkToHandOver[] }) {
  const notify = useNotify();
  if (!links.length) return null;

  async function copy(link: LinkToHandOver) {
    try {
      await navigator.clipboard.writeText(link.url);
      notify(`Link for ${link.name} copied`, { type: 'info' });
    } catch {
      notify('The browser did not allow copying: select the link and copy it.', { type: 'warning' });
    }
  }

  return (
    <Box role="region" aria-label="Invitation links">
      <Typography variant="body2" sx={{ mb: 1 }}>
        No mail server is set up, so nothing was e-mailed. Hand each link to its person; it works once.
      </Typography>
      <Stack spacing={1.5}>
        {links.map((link) => (
          <Stack key={link.url} direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
            <TextField
              label={`Link for ${link.name} (${link.email})`}
              value={link.url}
              size="small"
              fullWidth
              slotProps={{ htmlInput: { readOnly: true, onFocus: (e: React.FocusEvent<HTMLInputElement>) => e.target.select() } }}
            />
            <Button
              variant="outlined"
              startIcon={<ContentCopyIcon />}
              onClick={() => void copy(link)}
              aria-label={`Copy link for ${link.name}`}
              sx={{ flexShrink: 0 }}
            >
              Copy link
            </Button>
          </Stack>
        ))}
      </Stack>
    </Box>
  );
}
