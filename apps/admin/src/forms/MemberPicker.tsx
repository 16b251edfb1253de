import { useState } from 'react';
import { Autocomplete, Box, Button, TextField } from '@mui/material';
import { useApiQuery } from '../useApiQuery';

export interface MemberChoice {
  id: string;
  name: string;
  email: string;
  role: string;
  status: string;
}

const MEMBERS = `query ($options: MemberListOptions) { members(options: $options) { nodes { id name email role status } } }`;

/** Members of the organization matching what is typed (by name or e-mail), of the given roles. */
export function useMemberSearch(roles: string[], search: string) {
  const { data, isPending } = useApiQuery<{ members: { nodes: MemberChoice[] } }>(MEMBERS, {
    options: { take: 50, filter: { search: search || undefined, ...(roles.length === 1 ? { role: roles[0] } : {}) } },
  });
  // Deactivated members cannot be given anything new.
  const members = (data?.members.nodes ?? []).filter((m) => roles.includes(m.role) && m.status !== 'DEACTIVATED');
  return { members, loading: isPending };
}

/** Choose several members by name or e-mail, then act on them with one button. */
export function MemberPicker({
  label,
  roles,
  exclude = [],
  action,
  onChoose,
  disabled,
}: {
  label: string;
  roles: string[];
  exclude?: string[];
  action: string;
  onChoose: (members: MemberChoice[]) => Promise<unknown>;
  disabled?: boolean;
}) {
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<MemberChoice[]>([]);
  const [busy, setBusy] = useState(false);
  const { members, loading } = useMemberSearch(roles, search);
  const options = members.filter((m) => !exclude.includes(m.id));

  async function submit() {
    setBusy(true);
    try {
      // Kept on failure, to try again.
      if (await onChoose(chosen)) setChosen([]);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <Autocomplete
        multiple
        sx={{ flex: '1 1 18rem', minWidth: 0 }}
        options={options}
        value={chosen}
        loading={loading}
        filterOptions={(x) => x}
        getOptionLabel={(m) => `${m.name} (${m.email})`}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        onChange={(_, value) => setChosen(value)}
        onInputChange={(_, value, reason) => reason === 'input' && setSearch(value)}
        disabled={disabled}
        renderInput={(params) => <TextField {...params} label={label} size="small" />}
      />
      <Button variant="contained" onClick={submit} disabled={disabled || busy || !chosen.length}>
        {action}
      </Button>
    </Box>
  );
}
