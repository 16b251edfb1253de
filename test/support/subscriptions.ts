import { ClientOptions, createClient, ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { GqlClient } from './graphql-client';

export type AnswerScored = ExecutionResult<{
  answerScored: { id: string; status: string; evaluation: Record<string, unknown> | null };
}>;

/** A graphql-ws client of the API, signed in as `client` (anonymous without one). */
export const socketClient = (url: string, client: GqlClient | undefined, options: Partial<ClientOptions> = {}) =>
  createClient({
    url: url.replace(/^http/, 'ws') + '/graphql',
    webSocketImpl: WebSocket,
    connectionParams: client?.token ? { authorization: `Bearer ${client.token}` } : {},
    retryAttempts: 0,
    ...options,
  });

/** Every message of one subscription over graphql-ws, until it completes. */
export async function subscribe(
  url: string,
  client: GqlClient | undefined,
  query: string,
  variables: Record<string, unknown>,
): Promise<AnswerScored[]> {
  const ws = socketClient(url, client);
  const results: AnswerScored[] = [];
  try {
    for await (const result of ws.iterate({ query, variables })) results.push(result as AnswerScored);
  } finally {
    await ws.dispose();
  }
  return results;
}
