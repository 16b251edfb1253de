import { AppError, ErrorCode } from '../common/app-error';

export const alreadySubmitted = (): AppError =>
  new AppError(
    ErrorCode.CONFLICT,
    'ANSWER_ALREADY_SUBMITTED',
    'This question was already answered: realistic mode allows one take',
  );

export const notYetAsked = (): AppError =>
  new AppError(
    ErrorCode.BAD_USER_INPUT,
    'QUESTION_NOT_ASKED',
    'Answer the current question first: realistic mode asks them in order',
  );

export const sessionClosed = (): AppError =>
  new AppError(ErrorCode.CONFLICT, 'SESSION_COMPLETED', 'This session is already completed');

export const emptyAnswer = (): AppError => new AppError(ErrorCode.BAD_USER_INPUT, 'EMPTY_ANSWER', 'The answer is empty');

export const followUpPending = (): AppError =>
  new AppError(
    ErrorCode.CONFLICT,
    'FOLLOW_UP_PENDING',
    'The interviewer is preparing a follow-up to your last answer: it comes with the feedback, in a moment',
  );

export const noPracticeQuestions = (): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, 'NO_MATCHING_QUESTIONS', 'No questions in the bank match this practice filter');

export const concurrentWrite = (): AppError =>
  new AppError(
    ErrorCode.CONFLICT,
    'CONCURRENT_ANSWER_WRITE',
    'The answer was being saved from somewhere else at the same time; try again',
  );

export const realisticAlreadyTaken = (): AppError =>
  new AppError(
    ErrorCode.CONFLICT,
    'REALISTIC_ALREADY_TAKEN',
    'You have already sat this realistic interview: ask your coach for a retake to sit it again',
  );

export const inWaitingRoom = (secondsLeft: number): AppError =>
  new AppError(
    ErrorCode.CONFLICT,
    'WAITING_ROOM',
    `The interview starts in ${secondsLeft} s: the first question is shown after the waiting room`,
    { secondsLeft },
  );
