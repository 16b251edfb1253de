import { useQuery } from '@tanstack/react-query';
import { graphql } from '../graphql';

/**
 * One GraphQL read through react-admin's query cache (retries, refetch on focus, shared between screens):
 * for what is not a resource, such as choices in a form.
 */
export function useGraphqlQuery<T>(query: string, variables: Record<string, unknown> = {}, enabled = true) {
  return useQuery({
    queryKey: ['graphql', query, variables],
    queryFn: ({ signal }) => graphql<T>(query, variables, signal),
    enabled,
  });
}
