/**
 * A transcription that failed. `retryable`: the server was slow, unreachable, overloaded or rate
 * limiting, and the same audio may go through later; otherwise trying again gives the same answer.
 */
export class TranscriptionError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TranscriptionError';
  }
}
