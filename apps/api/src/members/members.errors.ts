import { AppError, ErrorCode } from '../common/app-error';

export const lastAdmin = (): AppError =>
  new AppError(ErrorCode.CONFLICT, 'LAST_ADMIN', 'An organization must keep at least one administrator');

export const notACandidate = (): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, 'NOT_A_CANDIDATE', 'Only candidates can be added to a cohort as candidates');
