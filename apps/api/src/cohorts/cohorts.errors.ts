import { AppError, ErrorCode } from '../common/app-error';

/** An archived cohort is kept as the term left it: unarchive it to change anything. */
export const cohortArchived = (): AppError =>
  new AppError(
    ErrorCode.CONFLICT,
    'COHORT_ARCHIVED',
    'This cohort is archived and read-only: unarchive it first to change it, its members or its assignments',
  );
