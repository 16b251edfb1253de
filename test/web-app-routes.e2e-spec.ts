import { startTestApp, TestApp } from './support/test-app';

/** The API serves the built web apps: client routes load the app, missing files are not found. */
describe('web app routes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ SEED_DEMO: 'false' });
  });
  afterAll(() => app.stop());

  const get = async (path: string) => {
    const res = await fetch(`${app.url}${path}`, { headers: { accept: 'text/html' } });
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
  };

  it.each(['/', '/sessions/123', '/progress?period=12', '/real-interviews/abc', '/reset-password'])(
    '%s loads the candidate app',
    async (path) => {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.type).toContain('text/html');
      expect(page.body).toContain('<div id="root">');
    },
  );

  it('serves the admin app under /admin/, its routes included', async () => {
    for (const path of ['/admin/', '/admin/cohorts/1']) {
      const page = await get(path);
      expect(page.status).toBe(200);
      expect(page.body).toContain('/admin/assets/');
    }
  });

  it('answers 404 for a file that is not there, instead of the app', async () => {
    expect((await get('/assets/index-gone.js')).status).toBe(404);
    expect((await get('/favicon-missing.png')).status).toBe(404);
  });

  it('leaves the API its own routes', async () => {
    expect((await fetch(`${app.url}/health`)).headers.get('content-type')).toContain('application/json');
  });
});
