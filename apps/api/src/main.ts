import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/config';
import { startApp } from './app';
import { DEMO_LOGINS, DEMO_PASSWORD } from './seed/demo-data';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const { url, embedded } = await startApp(config);
  const base = url.replace('127.0.0.1', 'localhost');
  const lines = [
    '',
    `  Mock interviews API is running (${embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL'}, ${config.redisUrl ? 'Redis queue' : 'in-process queue'})`,
    `  Candidate app:  ${base}/`,
    `  Admin app:      ${base}/admin/`,
    `  GraphQL:        ${base}/graphql   (POST)`,
    `  Health:         ${base}/health`,
  ];
  if (config.seedDemo) {
    lines.push(`  Demo logins (password "${DEMO_PASSWORD}"): ${DEMO_LOGINS.join(', ')}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
  } else {
    process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
