import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

/** The built app folder, looked up from here (source under Jest, or dist/ when compiled). */
function findBuilt(app: string): string | undefined {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = join(dir, 'apps', app, 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
  }
  return undefined;
}

/**
 * Serves the two web apps from the API's origin, so they call /graphql without CORS: the candidate
 * app at /, the admin app under /admin/. Client-side routes (/sessions/..., /reset-password, ...) fall
 * back to each app's index.html.
 */
export async function serveWebApps(fastify: FastifyInstance, logger: Logger): Promise<void> {
  const candidate = findBuilt('candidate');
  const admin = findBuilt('admin');
  if (!candidate || !admin) {
    logger.warn('Web apps are not built (npm run build): serving the API only');
    return;
  }
  await fastify.register(fastifyStatic, { root: candidate, prefix: '/', wildcard: false });
  await fastify.register(fastifyStatic, { root: admin, prefix: '/admin/', wildcard: false, decorateReply: false });
  // Any other page address is one of the candidate app's routes (its router shows a page or goes home);
  // a missing file (an old chunk after an upgrade) is a 404, not a page the browser would run as script.
  fastify.get('/*', (request, reply) =>
    extname(new URL(request.url, 'http://app').pathname) ? reply.callNotFound() : reply.sendFile('index.html', candidate),
  );
  fastify.get('/admin', (_request, reply) => reply.redirect('/admin/'));
  fastify.get('/admin/*', (_request, reply) => reply.sendFile('index.html', admin));
}
