import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { graphql } from './graphql';

/**
 * One GraphQL operation through TanStack Query (react-admin's client): cached per operation and
 * variables, refetched on focus and by react-admin's refresh button. A new page or sort keeps the
 * previous figures on screen until the new ones arrive.
 */
export const useApiQuery = <T>(query: string, variables: Record<string, unknown> = {}, enabled = true) =>
  useQuery({
    queryKey: ['graphql', query, variables],
    queryFn: ({ signal }) => graphql<T>(query, variables, signal),
    placeholderData: keepPreviousData,
    enabled,
    // A missing or foreign id answers the same on every try.
    retry: (failures, error) => failures < 2 && !(error instanceof Error && 'code' in error && error.code === 'NOT_FOUND'),
  });
