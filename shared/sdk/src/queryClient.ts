import { QueryClient } from '@tanstack/svelte-query';
import { errorCode } from './api.ts';

/**
 * Whether a failed read is worth trying again: a refused request (4xx) is not; a flaky network or a server error is,
 * twice; the data service restarting (503) is, four times with growing pauses (about 15 s in all), which is how
 * long the platform takes to bring PocketBase back.
 */
export function shouldRetry(failures: number, error: unknown): boolean {
  const code = errorCode(error);
  if (code === 'SERVICE_UNAVAILABLE') return failures < 4;
  if (code && code !== 'INTERNAL_SERVER_ERROR') return false;
  return failures < 2;
}

/** One per mounted module. */
export function createPlatformQueryClient(): QueryClient {
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
