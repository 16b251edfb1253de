import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ListOf, ListOptionsOf } from '../common/list';
import { CandidateReadiness } from './candidate-readiness.entity';
import { ReadinessLevel } from './readiness.types';

@ObjectType()
export class LevelCount {
  @Field(() => ReadinessLevel) level: ReadinessLevel;
  @Field(() => Int) count: number;
}

@ObjectType({ description: "One competency across the cohort's candidates." })
export class CohortCompetency {
  @Field() competency: string;
  @Field() name: string;
  @Field({ description: 'The cohort requires it.' }) required: boolean;
  @Field(() => Float, { nullable: true, description: "Mean of the candidates' competency scores (0..100)." })
  averageScore: number | null;
  @Field(() => Int, { description: 'Candidates with at least one evaluation of it.' }) candidatesEvaluated: number;
  @Field(() => Int, { description: 'Candidates who never practised it (required competencies only).' })
  candidatesNotPractised: number;
  @Field(() => Float, { nullable: true, description: "Mean of each candidate's first score on it." }) firstAverage: number | null;
  @Field(() => Float, { nullable: true, description: "Mean of each candidate's latest score on it." }) latestAverage:
    number | null;
}

@ObjectType({ description: "A week (Monday, UTC) of the cohort's practice." })
export class WeekTrend {
  @Field({ description: 'YYYY-MM-DD, a Monday.' }) weekStart: string;
  @Field(() => Float, { nullable: true, description: 'Mean counted score of the answers evaluated that week.' })
  averageScore: number | null;
  @Field(() => Int) answers: number;
  @Field(() => Int) activeCandidates: number;
}

@ObjectType()
export class AssignmentProgress {
  @Field(() => ID) assignmentId: string;
  @Field() title: string;
  @Field(() => Date, { nullable: true }) dueAt: Date | null;
  @Field(() => Int) assigned: number;
  @Field(() => Int) completed: number;
  @Field(() => Int) inProgress: number;
  @Field(() => Int, { description: 'Past the due date and not completed.' }) overdue: number;
}

@ObjectType()
export class CohortCompletion {
  @Field(() => Float, {
    nullable: true,
    description: 'Completed share (0..1) of the assignments already due; null when none is.',
  })
  rate: number | null;
  @Field(() => Int, { description: "Candidates' copies of assignments already due." }) due: number;
  @Field(() => Int) completedOfDue: number;
  @Field(() => [AssignmentProgress], { description: 'By due date.' }) assignments: AssignmentProgress[];
}

export enum AtRiskReasonCode {
  /** Readiness below the cohort's DEVELOPING threshold. */
  LOW_READINESS = 'LOW_READINESS',
  FALLING = 'FALLING',
  OVERDUE_ASSIGNMENTS = 'OVERDUE_ASSIGNMENTS',
  INACTIVE = 'INACTIVE',
  REALISTIC_NOT_STARTED = 'REALISTIC_NOT_STARTED',
}
registerEnumType(AtRiskReasonCode, { name: 'AtRiskReasonCode' });

@ObjectType()
export class AtRiskReason {
  @Field(() => AtRiskReasonCode) code: AtRiskReasonCode;
  @Field({ description: 'The figure behind it, for a person.' }) detail: string;
}

@ObjectType({ description: "A candidate's place in the cohort: readiness, and why they may need help." })
export class CandidateStanding {
  @Field(() => CandidateReadiness) readiness: CandidateReadiness;
  @Field() name: string;
  @Field() email: string;
  @Field(() => Int, { description: 'Assignments past their due date and not completed.' }) overdueAssignments: number;
  @Field(() => Int, { description: "Action items (the coach's, and the AI's the candidate kept) not yet done." })
  openActionItems: number;
  @Field(() => [AtRiskReason], { description: 'Empty when the candidate is on track.' }) reasons: AtRiskReason[];
}

@ObjectType()
export class CandidateStandingList extends ListOf(CandidateStanding) {}

export enum StandingSortField {
  SCORE = 'SCORE',
  NAME = 'NAME',
  TREND = 'TREND',
  LAST_ACTIVITY = 'LAST_ACTIVITY',
  REASONS = 'REASONS',
}
registerEnumType(StandingSortField, { name: 'StandingSortField' });

@InputType()
export class StandingFilter {
  @Field(() => ReadinessLevel, { nullable: true })
  level?: ReadinessLevel;
}

@InputType()
export class StandingListOptions extends ListOptionsOf('Standing', StandingSortField, StandingSortField.SCORE, StandingFilter) {}

@ObjectType({ description: 'Is this cohort ready for real interviews, and who needs help?' })
export class CohortReadiness {
  @Field(() => ID) cohortId: string;
  @Field(() => Int) readinessTarget: number;
  @Field(() => Int) developingThreshold: number;
  @Field(() => Int) readyThreshold: number;
  @Field(() => Int) interviewReadyThreshold: number;
}

/** The level-based figures of a cohort's dashboard. */
export interface LevelFigures {
  candidates: number;
  averageScore: number | null;
  atTarget: number;
  distribution: LevelCount[];
}
