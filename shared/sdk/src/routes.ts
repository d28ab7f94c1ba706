/** The names of a pattern's `:params`: 'rollup/:level/:id' → 'level' | 'id'. */
export type ParamNames<P extends string> = P extends `${string}:${infer N}/${infer Rest}` ? N | ParamNames<Rest> : P extends `${string}:${infer N}` ? N : never;
export type RouteParams<P extends string> = { [K in ParamNames<P>]: string };

/** Query values a link carries; empty ones are left out. A URLSearchParams passes the current query on whole. */
export type Query = URLSearchParams | Record<string, string | number | null | undefined>;

export type RouteMatch<T extends Record<string, string>> = {
  [N in keyof T & string]: { name: N; params: RouteParams<T[N]>; query: URLSearchParams };
}[keyof T & string];

type HrefArgs<P extends string> = [ParamNames<P>] extends [never] ? [params?: Record<string, never>, query?: Query] : [params: RouteParams<P>, query?: Query];

export interface Routes<T extends Record<string, string>> {
  /** The module's route, e.g. '/budget'. */
  readonly base: string;
  /** Which route a location is, with its params and query; null when none is. */
  match(path: string, search?: string): RouteMatch<T> | null;
  /** The link to a route: `href('tambon', { id }, { m: 3 })` → '/budget/tambon/abc?m=3'. */
  href<N extends keyof T & string>(name: N, ...args: HrefArgs<T[N]>): string;
}

function queryString(query: Query | undefined): string {
  if (!query) return '';
  const q = new URLSearchParams();
  const entries = query instanceof URLSearchParams ? [...query.entries()] : Object.entries(query);
  for (const [k, v] of entries) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/**
 * A module's routes, declared once below its manifest's route: `defineRoutes(manifest.route, { home: '',
 * tambon: 'tambon/:id' })`. Components match the current location and build links from the same table, so no
 * path is written by hand twice and a renamed route cannot leave a dead link behind.
 */
export function defineRoutes<const T extends Record<string, string>>(base: string, patterns: T): Routes<T> {
  const table = Object.entries(patterns).map(([name, pattern]) => ({ name, parts: pattern.split('/').filter(Boolean) }));
  return {
    base,
    match(path, search = '') {
      if (path !== base && !path.startsWith(`${base}/`)) return null;
      const segments = path.slice(base.length).split('/').filter(Boolean).map(decodeURIComponent);
      for (const { name, parts } of table) {
        if (parts.length !== segments.length) continue;
        const params: Record<string, string> = {};
        const ok = parts.every((p, i) => (p.startsWith(':') ? ((params[p.slice(1)] = segments[i]!), true) : p === segments[i]));
        if (ok) return { name, params, query: new URLSearchParams(search) } as RouteMatch<T>;
      }
      return null;
    },
    href(name, ...[params, query]) {
      const route = table.find((r) => r.name === name);
      if (!route) throw new Error(`No route named "${name}" in ${base}: declare it in the module's routes.ts`);
      const values = (params ?? {}) as Record<string, string>;
      const path = route.parts
        .map((p) => {
          if (!p.startsWith(':')) return p;
          const v = values[p.slice(1)];
          if (v === undefined || v === '') throw new Error(`Route "${name}" needs :${p.slice(1)}`);
          return encodeURIComponent(v);
        })
        .join('/');
      return `${base}${path ? `/${path}` : ''}${queryString(query)}`;
    },
  };
}
