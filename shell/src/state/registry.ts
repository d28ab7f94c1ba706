import {
  addErrorHandler,
  getAppStatus,
  getMountedApps,
  LOAD_ERROR,
  navigateToUrl,
  registerApplication,
  triggerAppChange,
  unregisterApplication,
  type LifeCycles,
} from 'single-spa';
import type { ModuleName, RegistryEntry } from '@otou/domain';
import { writable, type SingleSpaProps } from '@otou/sdk';
import { api, expireSession, locale, session } from './stores.ts';
import { isUnder } from './routes.ts';

export interface ModuleFailure {
  kind: 'load' | 'mount';
  message: string;
}

/** The registry the server computed for this user: drives the navigation and the single-spa applications. */
export const entries = writable<RegistryEntry[]>([]);
/** Modules that failed to load or to mount, by module name: the shell shows their error tile instead. */
export const failures = writable<Partial<Record<ModuleName, ModuleFailure>>>({});
/** Names of the modules mounted right now. */
export const mounted = writable<ModuleName[]>([]);
/** The current location's path, following single-spa's routing. */
export const currentPath = writable(location.pathname);
/** The page title each mounted module last asked for (in the user's language), for the browser tab. */
export const moduleTitles = writable<Partial<Record<ModuleName, string>>>({});

const appName = (m: ModuleName) => `@otou/${m}`;
const moduleOf = (app: string) => app.replace(/^@otou\//, '') as ModuleName;
const registered = new Map<ModuleName, { entry: string; attempt: number }>();

/** What every module gets at mount: the whole run-time contract between the shell and a module. */
const platformProps: Omit<SingleSpaProps, 'name' | 'setTitle'> = {
  domElementGetter: () => {
    const el = document.getElementById('otou-outlet');
    if (!el) throw new Error('The shell has no module outlet on this page');
    return el;
  },
  session,
  locale,
  apiUrl: '/trpc',
  navigate: (path) => void navigate(path),
  sessionExpired: expireSession,
};

async function load(e: RegistryEntry, attempt: number): Promise<LifeCycles<SingleSpaProps>> {
  const specifier = appName(e.name);
  // A retry asks for a new URL: the browser remembers a failed module fetch for the page's lifetime.
  let url = specifier;
  if (attempt > 0) {
    const resolved = import.meta.resolve(specifier);
    url = `${resolved}${resolved.includes('?') ? '&' : '?'}retry=${attempt}`;
  }
  const mod = (await import(/* @vite-ignore */ url)) as Partial<LifeCycles<SingleSpaProps>>;
  if (typeof mod.mount !== 'function' || typeof mod.unmount !== 'function') {
    throw new Error(`${specifier} does not export the single-spa lifecycles (bootstrap, mount, unmount)`);
  }
  return {
    bootstrap: mod.bootstrap ?? (async () => {}),
    mount: mod.mount,
    // A title is the mounted module's to give: once it is gone, the tab falls back to the module's name.
    unmount: [async () => forgetTitle(e.name), mod.unmount],
  };
}

/** The record without one module's entry. */
function without<T>(record: Partial<Record<ModuleName, T>>, name: ModuleName): Partial<Record<ModuleName, T>> {
  const { [name]: _gone, ...rest } = record;
  return rest;
}

const forgetTitle = (name: ModuleName) => moduleTitles.update((titles) => without(titles, name));

function register(e: RegistryEntry, attempt: number) {
  registerApplication<SingleSpaProps>({
    name: appName(e.name),
    app: () => load(e, attempt),
    activeWhen: (loc) => isUnder(loc.pathname, e.route),
    customProps: { ...platformProps, setTitle: (title: string) => moduleTitles.update((t) => ({ ...t, [e.name]: title })) } as SingleSpaProps,
  });
  registered.set(e.name, { entry: e.entry, attempt });
}

async function unregister(name: ModuleName) {
  registered.delete(name);
  await unregisterApplication(appName(name)).catch(() => {
    /* an application that never loaded has nothing to unmount */
  });
}

const clearFailure = (name: ModuleName) => failures.update((f) => without(f, name));

/** Makes single-spa's applications match the registry: new releases and newly enabled modules in, the rest out. */
async function sync(list: RegistryEntry[]) {
  const wanted = new Map(list.filter((e) => e.available).map((e) => [e.name, e]));
  for (const [name, reg] of [...registered]) {
    const w = wanted.get(name);
    if (!w || w.entry !== reg.entry) {
      await unregister(name);
      clearFailure(name);
    }
  }
  for (const [name, e] of wanted) if (!registered.has(name)) register(e, 0);
}

/** Asks the server again which modules this user may open; called on every navigation. */
export async function refreshRegistry(): Promise<void> {
  if (!session.get()) return;
  try {
    const list = await api.registry.forMe.query();
    entries.set(list);
    await sync(list);
  } catch {
    // Keep the last known registry when the server cannot be reached; a refused token signs the user out.
  }
}

/** Client-side navigation: fresh registry first, so a module switched off since the last click is gone. */
export async function navigate(path: string) {
  await refreshRegistry();
  navigateToUrl(path);
}

export async function retry(name: ModuleName) {
  const e = entries.get().find((x) => x.name === name);
  if (!e) return;
  const attempt = (registered.get(name)?.attempt ?? 0) + 1;
  await unregister(name);
  clearFailure(name);
  register(e, attempt);
  await triggerAppChange();
}

/** Signing out: every module is unmounted and forgotten. */
export async function clearRegistry() {
  for (const name of [...registered.keys()]) await unregister(name);
  entries.set([]);
  failures.set({});
}

addErrorHandler((err) => {
  const name = moduleOf(err.appOrParcelName);
  const kind = getAppStatus(err.appOrParcelName) === LOAD_ERROR ? 'load' : 'mount';
  failures.update((f) => ({ ...f, [name]: { kind, message: err.message } }));
  console.error(`[otou] module ${name} failed to ${kind}:`, err);
});

window.addEventListener('single-spa:routing-event', () => {
  currentPath.set(location.pathname);
  mounted.set(getMountedApps().map(moduleOf));
});
window.addEventListener('popstate', () => {
  currentPath.set(location.pathname);
  void refreshRegistry();
});
