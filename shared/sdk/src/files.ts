import { TRPCClientError } from '@trpc/client';
import { HttpError, NetworkError } from './api.ts';
import { saveBlob } from './download.ts';
import type { ModuleContext } from './moduleContext.svelte.ts';

/**
 * Files over the platform's plain HTTP routes (a file is not JSON: uploads are multipart, downloads are bytes), signed
 * in like the API's calls. Failures are thrown as the API's own errors, so `errorMessage`, `fieldErrors` and
 * `useFormAction` read them like any other: "only PDF, JPEG… files" at the field `file`.
 */

/** A route of the platform's server, beside its API (`/api/…` next to `/trpc`), also when a module runs on its own dev server. */
function platformUrl(ctx: ModuleContext, path: string): string {
  return new URL(path, new URL(ctx.platform.apiUrl, location.href)).toString();
}

function headers(ctx: ModuleContext): Record<string, string> {
  const token = ctx.session?.token;
  return { 'x-otou-lang': ctx.locale, ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

async function call(ctx: ModuleContext, path: string, init: RequestInit): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(platformUrl(ctx, path), { ...init, headers: headers(ctx) });
  } catch (e) {
    throw new NetworkError(String(e));
  }
  if (res.ok) return res;
  if (res.status === 401 && ctx.session?.token) ctx.platform.sessionExpired();
  if (!(res.headers.get('content-type') ?? '').includes('json')) throw new HttpError(res.status);
  throw TRPCClientError.from((await res.json()) as object);
}

/**
 * Uploads a file with the form fields a route names it by (e.g. tambonId, column), answering the route's JSON.
 *
 * @throws the API's error (field `file`: wrong type, too large…), NetworkError when no answer came
 */
export async function sendFile<T>(ctx: ModuleContext, path: string, fields: Record<string, string>, file: File): Promise<T> {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  body.append('file', file, file.name);
  return (await (await call(ctx, path, { method: 'POST', body })).json()) as T;
}

/** Downloads a file a route serves to the signed-in user, saved under `filename`. */
export async function fetchFile(ctx: ModuleContext, path: string, filename: string): Promise<void> {
  saveBlob(await (await call(ctx, path, { method: 'GET' })).blob(), filename);
}
