import { AppError, ErrorCode } from '../common/app-error';

export const sessionNotCompleted = (): AppError =>
  new AppError(
    ErrorCode.CONFLICT,
    'SESSION_NOT_COMPLETED',
    'Action items are proposed once the sitting is completed: finish it first',
  );

export const alreadyKept = (): AppError =>
  new AppError(
    ErrorCode.CONFLICT,
    'ACTION_ITEM_ALREADY_KEPT',
    'You kept this one: it is on your list of action items, tick it off there when it is done',
  );

export const emptyText = (): AppError => new AppError(ErrorCode.BAD_USER_INPUT, 'EMPTY_TEXT', 'The action item is empty');
