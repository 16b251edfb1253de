import { badInput, conflict } from '../common/app-error';

export const practiceInPast = () => badInput('PRACTICE_IN_PAST', 'Choose a time in the future for your next practice');

export const practiceTooFarAhead = (days: number) =>
  badInput('PRACTICE_TOO_FAR_AHEAD', `Plan your practice at most ${days} days ahead`);

export const tooManyReminders = (max: number) =>
  conflict('TOO_MANY_PRACTICE_REMINDERS', `You have ${max} practices planned already: cancel one before planning another`);
