import { randomUUID } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { AppConfig } from './config/config';
import { migrate, openDatabase } from './database/data-source';
import { createLogger, PinoNestLogger } from './logging/logger';
import { AppModule } from './app.module';
import { validationPipe } from './graphql/validation.pipe';
import { HttpEdgeFilter } from './graphql/http-edge.filter';
import { serveWebApps } from './web/serve-web-apps';
import { ErrorCode } from './common/app-error';
import multipart from '@fastify/multipart';
import { registerRefreshCookie } from './auth/refresh-cookie';

/** Fastify takes a hop count as a function: trust that many proxies nearest to the server. */
const fastifyTrustProxy = (trust: AppConfig['trustProxy']) =>
  typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;

export interface RunningApp {
  app: NestFastifyApplication;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
}

/**
 * Opens the database (embedded PGlite unless DATABASE_URL), applies migrations, seeds demo data when
 * configured, and serves GraphQL and /health over Fastify.
 */
export async function startApp(config: AppConfig, options: { logDestination?: DestinationStream } = {}): Promise<RunningApp> {
  const logger = createLogger(config, options.logDestination);
  const database = await openDatabase(config);
  try {
    const applied = await migrate(database);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  } catch (error) {
    await database.close();
    throw error;
  }
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    bodyLimit: config.maxUploadBytes,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    trustProxy: fastifyTrustProxy(config.trustProxy),
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, database, logger), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  // GraphQL over GET would be a "simple" cross-site request: only POST with a JSON body is served.
  fastify.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' && request.url.startsWith('/graphql')) {
      await reply
        .status(405)
        .header('allow', 'POST')
        .send({
          errors: [
            {
              message: 'Send GraphQL requests as POST with a JSON body',
              extensions: { code: ErrorCode.BAD_USER_INPUT, reason: 'METHOD_NOT_ALLOWED' },
            },
          ],
        });
    }
  });
  await registerRefreshCookie(fastify, config);
  // Recorded answers' chunk uploads (each route sets its own limits).
  await fastify.register(multipart);
  await serveWebApps(fastify, logger);
  app.useGlobalPipes(validationPipe);
  app.useGlobalFilters(new HttpEdgeFilter());
  app.enableShutdownHooks(['SIGTERM', 'SIGINT']);
  await app.listen({ port: config.port, host: config.host });
  const address = fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    embedded: database.embedded,
    close: () => app.close(),
  };
}
