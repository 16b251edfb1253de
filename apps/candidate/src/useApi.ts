import { useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query';
import type { TypedDocumentString } from './gql/graphql';
import { request } from './graphql';

/**
 * One typed query through TanStack Query (cached per document and variables, refetched when the window
 * regains focus). The key starts with the operation's text, so `invalidate` can refresh every use of it.
 */
export function useApiQuery<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables?: Variables,
  options: Pick<UseQueryOptions<Result, Error, Result, unknown[]>, 'enabled' | 'refetchInterval'> = {},
) {
  return useQuery({
    queryKey: [document.toString(), variables ?? {}],
    queryFn: ({ signal }) => request(document, variables, signal),
    ...options,
  });
}

/** One typed mutation; on success the queries listed in `refreshes` load again. */
export function useApiMutation<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  refreshes: TypedDocumentString<unknown, never>[] = [],
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (variables: Variables) => request(document, variables),
    onSuccess: () => Promise.all(refreshes.map((query) => client.invalidateQueries({ queryKey: [query.toString()] }))),
  });
}
