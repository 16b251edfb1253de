import { AppError, ErrorCode } from '../common/app-error';

export const chunkOutOfOrder = (expectedSeq: number): AppError =>
  new AppError(
    ErrorCode.CONFLICT,
    'CHUNK_OUT_OF_ORDER',
    `Chunk ${expectedSeq} is the next one expected: send the chunks in order from there`,
    { expectedSeq },
  );

export const recordingEnded = (): AppError =>
  new AppError(ErrorCode.CONFLICT, 'RECORDING_ENDED', 'This recording has ended: start a new part to record more');

export const notAudio = (mimeType: string): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, 'NOT_AUDIO', `The first chunk is not ${mimeType} audio (its header does not match)`);

export const chunkTooLarge = (maxBytes: number): AppError =>
  new AppError(
    ErrorCode.BAD_USER_INPUT,
    'CHUNK_TOO_LARGE',
    `A chunk may hold at most ${Math.floor(maxBytes / 1024)} KB: send shorter chunks`,
    { maxBytes },
  );

export const answerAudioTooLarge = (maxBytes: number): AppError =>
  new AppError(
    ErrorCode.BAD_USER_INPUT,
    'RECORDING_TOO_LARGE',
    `The recording is longer than this question allows (${Math.round(maxBytes / 1024 / 1024)} MB of audio at most)`,
    { maxBytes },
  );

export const badUpload = (message: string): AppError => new AppError(ErrorCode.BAD_USER_INPUT, 'BAD_CHUNK_UPLOAD', message);

export const emptyRecording = (): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, 'RECORDING_EMPTY', 'Nothing was recorded: no chunk arrived');

export const durationOutOfRange = (maxMs: number): AppError =>
  new AppError(
    ErrorCode.BAD_USER_INPUT,
    'DURATION_OUT_OF_RANGE',
    `The reported duration must be from 0 to ${Math.round(maxMs / 1000)} s for this question`,
    { maxMs },
  );

export const audioGone = (): AppError =>
  new AppError(ErrorCode.NOT_FOUND, 'RECORDING_AUDIO_NOT_FOUND', 'This recording has no audio (not finished, or deleted)');
