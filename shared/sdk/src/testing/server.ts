import { vi } from 'vitest';

/** One call the page made: the procedure ('assessment.usi.save') and its input. */
export interface ApiCall {
  path: string;
  input: unknown;
}

/** An answer as tRPC sends it: `ok(data)` or an error with the platform's error data (code, messageKey, conflict…). */
export const ok = (data: unknown) => ({ result: { data } });
export const failure = (message: string, data: Record<string, unknown>) => ({ error: { message, code: -32000, data: { fieldErrors: {}, ...data } } });

/**
 * The platform's API in a component test: every tRPC call (batched or not, query or mutation) is answered by `answer`
 * and kept, in order, in the returned list, so a test asserts what the page sent. Undo with `vi.unstubAllGlobals()`.
 */
export function stubApi(answer: (path: string, input: unknown) => unknown): ApiCall[] {
  const calls: ApiCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      const u = new URL(url);
      const paths = decodeURIComponent(u.pathname.split('/').pop()!).split(',');
      const inputs = JSON.parse(init?.method === 'POST' ? String(init.body) : (u.searchParams.get('input') ?? '{}')) as Record<string, unknown>;
      const out = paths.map((path, i) => {
        calls.push({ path, input: inputs[String(i)] });
        return answer(path, inputs[String(i)]);
      });
      return new Response(JSON.stringify(out), { status: 200, headers: { 'content-type': 'application/json' } });
    }),
  );
  return calls;
}
