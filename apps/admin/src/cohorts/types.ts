export interface Person {
  id: string;
  name: string;
  email: string;
  status: 'ACTIVE' | 'INVITED' | 'DEACTIVATED';
}

export interface CohortRecord {
  id: string;
  name: string;
  description: string;
  startsOn: string | null;
  endsOn: string | null;
  readinessTarget: number;
  candidateCount: number;
  archivedAt: string | null;
  requiredCompetencies?: string[];
  developingThreshold?: number;
  readyThreshold?: number;
  interviewReadyThreshold?: number;
  candidates?: Person[];
  coaches?: Person[];
}
