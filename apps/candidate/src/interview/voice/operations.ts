/** The GraphQL of spoken answers. */
import { graphql } from '../../graphql';
import type { AnswerRecordingsQuery } from '../../gql/graphql';

export const START_RECORDING = graphql(`
  mutation StartRecording($input: StartRecordingInput!) {
    startRecording(input: $input) {
      id
      answerId
      part
    }
  }
`);

export const FINISH_RECORDING = graphql(`
  mutation FinishRecording($id: ID!, $durationMs: Int!) {
    finishRecording(id: $id, durationMs: $durationMs) {
      id
    }
  }
`);

/** The answer's draft text and its recorded parts. */
export const ANSWER_RECORDINGS = graphql(`
  query AnswerRecordings($id: ID!) {
    answer(id: $id) {
      id
      text
      recordings {
        id
        part
        status
        durationMs
        audioUrl
        transcriptStatus
        transcriptError
      }
    }
  }
`);

/** How long the school keeps recordings, for the consent. */
export const RETENTION = graphql(`
  query RecordingRetention {
    organization {
      id
      name
      recordingRetentionDays
    }
  }
`);

export type RecordedPart = AnswerRecordingsQuery['answer']['recordings'][number];
