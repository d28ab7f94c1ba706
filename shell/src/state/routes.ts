import { isUnder, type RegistryEntry } from '@otou/domain';

export const ADMIN_PATH = '/admin/modules';

/** The module admins' pages under /admin/, loaded on demand (never part of the shell's first load). */
export const ADMIN_PAGES = ['modules', 'releases', 'history', 'health'] as const;
export type AdminPage = (typeof ADMIN_PAGES)[number];

export type ShellRoute =
  | { kind: 'home' }
  | { kind: 'admin'; page: AdminPage }
  | { kind: 'module'; entry: RegistryEntry }
  | { kind: 'notFound'; path: string };

/**
 * A module the user may open, or one whose active version needs a server API this platform does not serve: that
 * one keeps its place (in the navigation too), where the shell explains instead of mounting a broken page.
 */
export const shown = (e: RegistryEntry) => e.available || e.reason === 'api_mismatch';

/**
 * What the shell shows for a path: its own pages, a module, or "not found" — which is also what a user gets for a
 * module their network switched off or their role may not open.
 */
export function resolveRoute(pathname: string, entries: RegistryEntry[], isModuleAdmin: boolean): ShellRoute {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '/index.html') return { kind: 'home' };
  const page = /^\/admin\/(\w+)$/.exec(path)?.[1] as AdminPage | undefined;
  if (page && isModuleAdmin && ADMIN_PAGES.includes(page)) return { kind: 'admin', page };
  const entry = entries.find((e) => shown(e) && isUnder(path, e.route));
  return entry ? { kind: 'module', entry } : { kind: 'notFound', path };
}
