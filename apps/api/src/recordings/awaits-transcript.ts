import { TranscriptStatus } from './recording-transcript.types';

/**
 * SQL condition: the answer (its organization and id as SQL expressions) has a recorded part whose
 * transcript is still being written. Such an answer is scored once the transcript is in its text.
 */
export const awaitsTranscript = (organizationId: string, answerId: string): string =>
  `EXISTS (SELECT 1 FROM recordings r WHERE r.organization_id = ${organizationId} AND r.answer_id = ${answerId}
     AND r.transcript_status = '${TranscriptStatus.PENDING}')`;
