import type { InterviewOutcome, InterviewStage } from '../gql/graphql';

export const STAGES: Record<InterviewStage, string> = {
  PHONE_SCREEN: 'Phone screen',
  TECHNICAL: 'Technical',
  ONSITE: 'Onsite',
  FINAL: 'Final',
  OTHER: 'Other',
};

export const OUTCOMES: Record<InterviewOutcome, string> = {
  PENDING: 'Waiting to hear',
  ADVANCED: 'Advanced',
  OFFER: 'Offer',
  REJECTED: 'Rejected',
  WITHDREW: 'Withdrew',
};

/** The outcome's chip colour: good news green, bad news plain (no alarm red for a rejection). */
export const OUTCOME_COLORS: Record<InterviewOutcome, 'default' | 'success' | 'info'> = {
  PENDING: 'default',
  ADVANCED: 'info',
  OFFER: 'success',
  REJECTED: 'default',
  WITHDREW: 'default',
};

/** A YYYY-MM-DD day as the person writes dates (a calendar day: no time zone shift). */
export const calendarDay = (ymd: string): string =>
  new Date(`${ymd}T00:00:00Z`).toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
