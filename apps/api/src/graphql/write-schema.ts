/** Writes apps/api/schema.graphql from the running code (a test fails when the committed file is stale). */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { IN_MEMORY, loadConfig } from '../config/config';
import { startApp } from '../app';

async function main(): Promise<void> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: IN_MEMORY, SEED_DEMO: 'false', LOG_LEVEL: 'warn' });
  const running = await startApp(config);
  try {
    const schema = running.app.get(GraphQLSchemaHost).schema;
    // Run compiled, from dist/apps/api/src/graphql/.
    const file = resolve(__dirname, '../../../../../apps/api/schema.graphql');
    writeFileSync(file, `${printSchema(lexicographicSortSchema(schema))}\n`);
    console.log(`Wrote ${file}`);
  } finally {
    await running.close();
  }
}

void main();
