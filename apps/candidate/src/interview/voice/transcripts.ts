import { request } from '../../graphql';
import type { AnswerRecordingsQuery } from '../../gql/graphql';
import { ANSWER_RECORDINGS, type RecordedPart } from './operations';

/** How often a transcript still being written is asked for. */
const POLL_MS = 1500;

export type RecordedAnswer = AnswerRecordingsQuery['answer'];

const pending = (answer: RecordedAnswer) => answer.recordings.some((part) => part.transcriptStatus === 'PENDING');

/**
 * The answer once no part's transcript is pending: the server has added the transcripts to its draft.
 * `onPending` hears whether it is waiting (false at once when nothing is pending).
 */
export async function settledAnswer(
  answerId: string,
  signal: AbortSignal,
  onPending: (parts: RecordedPart[]) => void,
): Promise<{ answer: RecordedAnswer; waited: boolean }> {
  for (let waited = false; ; waited = true) {
    const { answer } = await request(ANSWER_RECORDINGS, { id: answerId }, signal);
    if (!pending(answer)) return { answer, waited };
    onPending(answer.recordings);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    signal.throwIfAborted();
  }
}

/** What to tell the candidate about the latest part's transcript. */
export function transcriptNote(parts: RecordedPart[]): { severity: 'success' | 'info' | 'warning'; text: string } | undefined {
  const latest = parts.at(-1);
  switch (latest?.transcriptStatus) {
    case undefined:
      return undefined;
    case 'DONE':
      return {
        severity: 'success',
        text: 'Here is what we heard, in your answer below. Correct any word before submitting: the corrected text is judged, and your pace and pauses come from the recording.',
      };
    case 'FAILED':
      return {
        severity: 'warning',
        text: `Your recording is saved, but it could not be written out (${latest.transcriptError ?? 'the transcription failed'}). Type what you said in your answer below.`,
      };
    default:
      return {
        severity: 'info',
        text: 'Your recording is saved. This school has no transcription server: type or paste what you said in your answer below.',
      };
  }
}
