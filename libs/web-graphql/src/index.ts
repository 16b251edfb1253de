import { createClient } from 'graphql-ws';
import { ApiError } from './transport';

export type { EvaluationFields } from './evaluation';
export { ApiError, postGraphql, type FieldProblem } from './transport';
export { saveBlob, saveDownload } from './download';
export { MIN_PASSWORD_LENGTH, newPasswordProblem, weakPasswordProblem } from './passwords';
export { Session, type GraphqlRequest, type Role, type SignedIn } from './session';

/**
 * The first result of a subscription over graphql-ws on the same origin's /graphql, with the bearer
 * token in the connection params. Rejects if the socket cannot be used (the caller then polls).
 */
export async function firstSubscriptionResult<T>(
  token: () => Promise<string | null>,
  query: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  const client = createClient({
    url: `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
    // Asked when the socket opens, so the token is a current one.
    connectionParams: async () => {
      const bearer = await token();
      return bearer ? { authorization: `Bearer ${bearer}` } : {};
    },
    retryAttempts: 0,
    lazy: true,
  });
  const results = client.iterate<T>({ query, variables });
  const stop = () => void results.return?.();
  signal?.addEventListener('abort', stop);
  try {
    const { value, done } = await results.next();
    if (done || !value) throw new ApiError('The subscription ended without a result');
    const [error] = value.errors ?? [];
    const extensions = error?.extensions as { code?: string; reason?: string } | undefined;
    if (error) throw new ApiError(error.message, extensions?.code, extensions?.reason);
    if (!value.data) throw new ApiError('The subscription answered without data');
    return value.data;
  } finally {
    signal?.removeEventListener('abort', stop);
    stop();
    await client.dispose();
  }
}
