import { createServer, Server } from 'node:net';
import { startTestApp, TestApp } from './support/test-app';

/** A port where nothing answers, to stand for a Redis that is down. */
async function deadPort(): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('/health with a dependency down', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false', REDIS_URL: `redis://127.0.0.1:${await deadPort()}` });
  });
  afterAll(() => app.stop());

  it('answers 503 and names what is down', async () => {
    const res = await fetch(`${app.url}/health`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'down', database: 'up', queue: 'down' });
  });
});
