import { QueryClient } from '@tanstack/svelte-query';
import { errorCode } from './api.ts';

/** One per mounted module. A refused request (4xx) is not retried; a flaky network is, twice. */
export function createPlatformQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => {
          const code = errorCode(error);
          if (code && code !== 'INTERNAL_SERVER_ERROR') return false;
          return count < 2;
        },
      },
    },
  });
}
