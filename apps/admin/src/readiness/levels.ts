/** Readiness levels as the API names them, lowest first, and how the screens show them. */
export const LEVELS = ['NOT_READY', 'DEVELOPING', 'READY', 'INTERVIEW_READY'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS: Record<Level, string> = {
  NOT_READY: 'Not ready',
  DEVELOPING: 'Developing',
  READY: 'Ready',
  INTERVIEW_READY: 'Interview ready',
};

/** Strong colours for chart marks (each with a text label beside it). */
export const LEVEL_COLORS: Record<Level, string> = {
  NOT_READY: '#c62828',
  DEVELOPING: '#e65100',
  READY: '#558b2f',
  INTERVIEW_READY: '#1b5e20',
};

/** Light tints behind dark text in table cells (contrast above 7:1); the number is always written too. */
export const LEVEL_TINTS: Record<Level, string> = {
  NOT_READY: '#ffcdd2',
  DEVELOPING: '#ffe0b2',
  READY: '#dcedc8',
  INTERVIEW_READY: '#a5d6a7',
};

export interface Thresholds {
  developingThreshold: number;
  readyThreshold: number;
  interviewReadyThreshold: number;
}

/** The level a score (0..100) reaches with the cohort's thresholds, as the API decides a candidate's. */
export function levelOf(score: number, t: Thresholds): Level {
  if (score >= t.interviewReadyThreshold) return 'INTERVIEW_READY';
  if (score >= t.readyThreshold) return 'READY';
  if (score >= t.developingThreshold) return 'DEVELOPING';
  return 'NOT_READY';
}
