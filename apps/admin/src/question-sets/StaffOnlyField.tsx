import LockIcon from '@mui/icons-material/Lock';
import { Chip } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** A set kept out of free practice, marked so in lists (nothing for the others). */
export function StaffOnlyField(_: { label?: string; sortable?: boolean }) {
  const set = useRecordContext<{ staffOnly?: boolean }>();
  return set?.staffOnly ? <Chip size="small" variant="outlined" icon={<LockIcon />} label="Staff only" /> : null;
}
