import { Agent, request } from 'node:http';

/**
 * The bench's client shares the server's event loop, so it is the leanest there is: node:http on a
 * kept-alive socket (fetch costs about 0.6 ms more per request here, all of it on that loop).
 */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** A GraphQL request over HTTP; throws on errors. */
export function gql(
  url: string,
  token: string | undefined,
  query: string,
  variables?: Record<string, unknown>,
): Promise<Record<string, any>> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            const reply = JSON.parse(text) as { data?: Record<string, any>; errors?: unknown[] };
            if (reply.errors) throw new Error(JSON.stringify(reply.errors));
            resolve(reply.data!);
          } catch (error) {
            reject(error as Error);
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
