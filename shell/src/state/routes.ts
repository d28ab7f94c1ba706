import type { RegistryEntry } from '@otou/domain';

export const ADMIN_PATH = '/admin/modules';

export type ShellRoute =
  | { kind: 'home' }
  | { kind: 'admin' }
  | { kind: 'module'; entry: RegistryEntry }
  | { kind: 'notFound'; path: string };

/** Whether a location belongs to a module's route (its own page and everything below it). */
export function isUnder(pathname: string, route: string): boolean {
  return pathname === route || pathname.startsWith(route + '/');
}

/**
 * What the shell shows for a path: its own pages, an available module, or "not found" — which is also what a
 * user gets for a module their network switched off or their role may not open.
 */
export function resolveRoute(pathname: string, entries: RegistryEntry[], isModuleAdmin: boolean): ShellRoute {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  if (path === '/' || path === '/index.html') return { kind: 'home' };
  if (path === ADMIN_PATH && isModuleAdmin) return { kind: 'admin' };
  const entry = entries.find((e) => e.available && isUnder(path, e.route));
  return entry ? { kind: 'module', entry } : { kind: 'notFound', path };
}
