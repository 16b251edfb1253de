/**
 * The bench's candidate, on a thread of its own as a browser would be, so the server's event loop
 * pays for the server only. Each message submits the answer once and replies with its id.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { gql } from './graphql';

export interface CandidateClientData {
  url: string;
  token: string;
  sessionQuestionId: string;
  text: string;
}

const { url, token, sessionQuestionId, text } = workerData as CandidateClientData;

parentPort!.on('message', () => {
  gql(url, token, `mutation($q: ID!, $t: String!) { submitAnswer(input: { sessionQuestionId: $q, text: $t }) { id } }`, {
    q: sessionQuestionId,
    t: text,
  }).then(
    (data) => parentPort!.postMessage({ answerId: data.submitAnswer.id as string }),
    (error: Error) => parentPort!.postMessage({ error: error.message }),
  );
});
