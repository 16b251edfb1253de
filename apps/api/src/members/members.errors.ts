import { AppError, ErrorCode } from '../common/app-error';

export const lastAdmin = (): AppError =>
  new AppError(ErrorCode.CONFLICT, 'LAST_ADMIN', 'An organization must keep at least one active administrator');

export const alreadyMember = (email: string): AppError =>
  new AppError(ErrorCode.CONFLICT, 'ALREADY_A_MEMBER', `${email} is already a member of this organization`);

export const notPending = (): AppError =>
  new AppError(ErrorCode.CONFLICT, 'NOT_INVITED', 'This person is not waiting on an invitation (they joined, or were removed)');

/** Unknown, expired, used, revoked or forged: one answer for all, so a link reveals nothing. */
export const invalidLink = (): AppError =>
  new AppError(ErrorCode.UNAUTHENTICATED, 'INVALID_TOKEN', 'This link or token is invalid or has expired');

export const signInToAccept = (): AppError =>
  new AppError(
    ErrorCode.UNAUTHENTICATED,
    'SIGN_IN_TO_ACCEPT',
    'This invitation is for an existing account: sign in with its password to accept it (forgot it? reset it first)',
  );
