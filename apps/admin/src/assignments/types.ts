export type CandidateStatus = 'ASSIGNED' | 'IN_PROGRESS' | 'COMPLETED';

export interface AssignmentCandidate {
  id: string;
  membershipId?: string;
  status: CandidateStatus;
  completedAt?: string | null;
  retakesGranted?: number;
  sittingsRemaining?: number | null;
  member?: { id: string; name: string; email: string };
}

export interface AssignmentRecord {
  id: string;
  title: string;
  dueAt: string | null;
  createdAt: string;
  cohortId: string | null;
  cohort: { id: string; name: string; archivedAt: string | null } | null;
  template: { id: string; name: string; mode: 'PRACTICE' | 'REALISTIC' };
  candidates: AssignmentCandidate[];
}
