import type { Role } from '@mockint/web-graphql';

export type MemberStatus = 'ACTIVE' | 'INVITED' | 'DEACTIVATED';
export type ReadinessLevel = 'NOT_READY' | 'DEVELOPING' | 'READY' | 'INTERVIEW_READY';

export interface MemberRecord {
  id: string;
  name: string;
  email: string;
  role: Role;
  status: MemberStatus;
  joinedAt: string | null;
  createdAt: string;
  lastActiveAt: string | null;
  cohorts: { id: string; name: string }[];
  readiness: { cohortId: string; score: number; level: ReadinessLevel; trend: number | null }[];
  accommodation: { timeMultiplier: number; extraRetakes: number; note: string } | null;
  invitation: {
    status: 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'EXPIRED' | 'REVOKED';
    delivery: 'EMAIL' | 'LINK' | 'OPERATOR';
    expiresAt: string;
    createdAt: string;
  } | null;
}

/** What inviteMember and resendInvitation answer: the link only when no mail server could send it. */
export interface InviteAnswer {
  emailed: boolean;
  invitationUrl: string | null;
  member: { id: string; name: string; email: string };
}

export const STATUS_LABELS: Record<MemberStatus, string> = { ACTIVE: 'Active', INVITED: 'Invited', DEACTIVATED: 'Deactivated' };

export const LEVEL_LABELS: Record<ReadinessLevel, string> = {
  NOT_READY: 'Not ready',
  DEVELOPING: 'Developing',
  READY: 'Ready',
  INTERVIEW_READY: 'Interview-ready',
};
