import { DataSource, Logger } from 'typeorm';

/** Counts the SQL statements the API sends while `work` runs (wraps TypeORM's logger). */
export async function countQueries(
  dataSource: DataSource,
  work: () => Promise<unknown>,
): Promise<{ count: number; queries: string[] }> {
  const original = dataSource.logger;
  const queries: string[] = [];
  const counting: Logger = Object.assign(Object.create(original) as Logger, {
    logQuery: (query: string) => void queries.push(query),
  });
  Object.defineProperty(dataSource, 'logger', { value: counting, configurable: true, writable: true });
  try {
    await work();
  } finally {
    Object.defineProperty(dataSource, 'logger', { value: original, configurable: true, writable: true });
  }
  return { count: queries.length, queries };
}
