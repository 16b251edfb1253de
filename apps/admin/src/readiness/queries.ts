import type { Level, Thresholds } from './levels';

/** The dashboard's figures, the at-risk candidates (most reasons first) and the unexpected questions. */
export const DASHBOARD = `query ($id: ID!) {
  cohort(id: $id) { id name }
  cohortReadiness(cohortId: $id) {
    candidates averageScore atTarget readinessTarget developingThreshold readyThreshold interviewReadyThreshold
    distribution { level count }
    competencies { competency name required averageScore candidatesEvaluated candidatesNotPractised firstAverage latestAverage }
    weeklyTrend(weeks: 12) { weekStart averageScore answers activeCandidates }
    completion { rate due completedOfDue assignments { assignmentId title dueAt assigned completed inProgress overdue } }
    atRisk(options: { take: 50 }) { totalCount nodes { name email readiness { membershipId score level } reasons { code detail } } }
  }
  cohortUnexpectedQuestions(cohortId: $id, take: 10) { prompt count candidateCount latestOn companies }
}`;

/** One page of standings: readiness and each competency (the candidates x competencies grid). */
export const STANDINGS = `query ($id: ID!, $options: StandingListOptions) {
  cohortReadiness(cohortId: $id) {
    standings(options: $options) {
      totalCount
      nodes {
        name email openActionItems overdueAssignments
        readiness { membershipId score level trend lastActivityAt competencies { competency score } }
        reasons { code detail }
      }
    }
  }
}`;

/** A candidate's readiness explained, their progress, what to practise next and their open action items. */
export const CANDIDATE = `query ($cohortId: ID!, $membershipId: ID!) {
  cohort(id: $cohortId) { id name developingThreshold readyThreshold interviewReadyThreshold }
  candidateReadiness(membershipId: $membershipId, cohortId: $cohortId) {
    score level trend computedAt evaluationCount lastActivityAt member { name email }
    components { key weight value points explanation }
    competencies { competency name required score evaluations first latest evidence { evaluationId score at weight } }
  }
  candidateProgress(membershipId: $membershipId) {
    from to scoresWellAt meanAttemptsToScoreWell
    weeks { weekStart answers scoredAnswers overallScore fillersPer100Words averageThinkingSeconds starCompleteness withinTimeLimitShare }
    competencies { competency firstScore latestScore change answers }
  }
  practiceNext(membershipId: $membershipId) { focusShare focus { name score required evaluations } strengths { name score } }
  actionItems(membershipId: $membershipId, status: OPEN, options: { take: 100 }) {
    totalCount nodes { id text source createdAt createdBy { name } }
  }
}`;

export interface AtRiskReason {
  code: string;
  detail: string;
}

export interface Dashboard {
  cohort: { id: string; name: string };
  cohortReadiness: Thresholds & {
    candidates: number;
    averageScore: number | null;
    atTarget: number;
    readinessTarget: number;
    distribution: { level: Level; count: number }[];
    competencies: {
      competency: string;
      name: string;
      required: boolean;
      averageScore: number | null;
      candidatesEvaluated: number;
      candidatesNotPractised: number;
      firstAverage: number | null;
      latestAverage: number | null;
    }[];
    weeklyTrend: { weekStart: string; averageScore: number | null; answers: number; activeCandidates: number }[];
    completion: {
      rate: number | null;
      due: number;
      completedOfDue: number;
      assignments: {
        assignmentId: string;
        title: string;
        dueAt: string | null;
        assigned: number;
        completed: number;
        inProgress: number;
        overdue: number;
      }[];
    };
    atRisk: {
      totalCount: number;
      nodes: {
        name: string;
        email: string;
        readiness: { membershipId: string; score: number; level: Level };
        reasons: AtRiskReason[];
      }[];
    };
  };
  cohortUnexpectedQuestions: { prompt: string; count: number; candidateCount: number; latestOn: string; companies: string[] }[];
}

export interface Standing {
  name: string;
  email: string;
  openActionItems: number;
  overdueAssignments: number;
  readiness: {
    membershipId: string;
    score: number;
    level: Level;
    trend: number | null;
    lastActivityAt: string | null;
    competencies: { competency: string; score: number | null }[];
  };
  reasons: AtRiskReason[];
}

export interface Standings {
  cohortReadiness: { standings: { totalCount: number; nodes: Standing[] } };
}

export interface CompetencyReadiness {
  competency: string;
  name: string;
  required: boolean;
  score: number | null;
  evaluations: number;
  first: number | null;
  latest: number | null;
  evidence: { evaluationId: string; score: number; at: string; weight: number }[];
}

export interface ProgressWeek {
  weekStart: string;
  answers: number;
  scoredAnswers: number;
  overallScore: number | null;
  fillersPer100Words: number | null;
  averageThinkingSeconds: number | null;
  starCompleteness: number | null;
  withinTimeLimitShare: number | null;
}

export interface CandidateDetail {
  cohort: Thresholds & { id: string; name: string };
  candidateReadiness: {
    score: number;
    level: Level;
    trend: number | null;
    computedAt: string;
    evaluationCount: number;
    lastActivityAt: string | null;
    member: { name: string; email: string };
    components: { key: string; weight: number; value: number; points: number; explanation: string }[];
    competencies: CompetencyReadiness[];
  }[];
  candidateProgress: {
    from: string;
    to: string;
    scoresWellAt: number;
    meanAttemptsToScoreWell: number | null;
    weeks: ProgressWeek[];
    competencies: { competency: string; firstScore: number; latestScore: number; change: number; answers: number }[];
  };
  practiceNext: {
    focusShare: number;
    focus: { name: string; score: number | null; required: boolean; evaluations: number }[];
    strengths: { name: string; score: number | null }[];
  };
  actionItems: {
    totalCount: number;
    nodes: { id: string; text: string; source: 'AI' | 'COACH'; createdAt: string; createdBy: { name: string } | null }[];
  };
}
