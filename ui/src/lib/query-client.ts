import { QueryClient } from '@tanstack/react-query';
import { ConnectionError } from '@/lib/graphql-client';

/** Retry only what a retry can fix: a gateway or server hiccup. GraphQL errors and expired sessions stay failed. */
function shouldRetry(failureCount: number, error: Error): boolean {
  return error instanceof ConnectionError && error.status !== undefined && error.status >= 500 && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
      },
    },
  });
}
