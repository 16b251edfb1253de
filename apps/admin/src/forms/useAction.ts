import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { graphql } from '../graphql';

/**
 * One GraphQL mutation run from a button: busy while it runs, the API's message on failure, and every
 * screen's data refreshed on success (no page reload needed to see it).
 */
export function useAction() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);

  async function run<T>(query: string, variables: Record<string, unknown>, success?: string): Promise<T | undefined> {
    setBusy(true);
    try {
      const data = await graphql<T>(query, variables);
      if (success) notify(success, { type: 'success' });
      refresh();
      return data;
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  return { run, busy };
}
