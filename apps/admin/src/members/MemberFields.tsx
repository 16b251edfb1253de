import { Chip, Stack, Typography } from '@mui/material';
import type { MemberRecord } from './types';
import { LEVEL_LABELS, STATUS_LABELS } from './types';

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "3 days ago", "just now": how long ago, in the largest unit that fits. */
export function timeAgo(iso: string, now = Date.now()): string {
  const elapsed = now - Date.parse(iso);
  const [unit, size] = STEPS.find(([, ms]) => elapsed >= ms) ?? [];
  return unit ? relative.format(-Math.floor(elapsed / size!), unit) : 'just now';
}

export function LastActive({ member }: { member: MemberRecord }) {
  if (!member.lastActiveAt) return <span>{member.status === 'INVITED' ? 'Not joined yet' : '—'}</span>;
  return (
    <time dateTime={member.lastActiveAt} title={new Date(member.lastActiveAt).toLocaleString()}>
      {timeAgo(member.lastActiveAt)}
    </time>
  );
}

/** Active, deactivated, or where the invitation stands. */
export function StatusText({ member }: { member: MemberRecord }) {
  if (member.status !== 'INVITED' || !member.invitation) return <span>{STATUS_LABELS[member.status]}</span>;
  if (member.invitation.status === 'EXPIRED') return <span>Invitation expired</span>;
  return <span>Invited, until {new Date(member.invitation.expiresAt).toLocaleDateString()}</span>;
}

export function CohortChips({ member }: { member: MemberRecord }) {
  if (!member.cohorts.length) return <span>—</span>;
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 0.5 }}>
      {member.cohorts.map((cohort) => (
        <Chip key={cohort.id} label={cohort.name} size="small" variant="outlined" />
      ))}
    </Stack>
  );
}

/** Readiness in each cohort: score out of 100 and its level. */
export function ReadinessSummary({ member }: { member: MemberRecord }) {
  if (!member.readiness.length) return <span>—</span>;
  const cohortName = (id: string) => member.cohorts.find((c) => c.id === id)?.name;
  return (
    <Stack spacing={0.25}>
      {member.readiness.map((r) => (
        <Typography key={r.cohortId} variant="body2" component="span">
          {member.readiness.length > 1 && `${cohortName(r.cohortId) ?? 'Cohort'}: `}
          <strong>{r.score}</strong> · {LEVEL_LABELS[r.level]}
        </Typography>
      ))}
    </Stack>
  );
}
