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
import { isUnder, type ModuleName, type RegistryEntry } from '@otou/domain';
import { writable, type SingleSpaProps } from '@otou/sdk';
import { api, expireSession, locale, session } from './stores.ts';
import { failureReport, importUrl, nextUrl, overridden, type Fallbacks } from './loading.ts';

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
/** Each registered module: the registry's active URL (to notice a new release), the URL loaded, and its retry count. */
const registered = new Map<ModuleName, { entry: string; url: string; attempt: number; overridden: boolean }>();
/** What this page load already told the server (`module@version` worked, `module@version!` cannot be served), once each. */
const confirmed = new Set<string>();

/** Modules running on their last good version because the active one failed in this browser: the notice. */
export const fallbacks = writable<Fallbacks>({});

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

async function load(e: RegistryEntry, url: string, attempt: number, isOverridden: boolean): Promise<LifeCycles<SingleSpaProps>> {
  const specifier = appName(e.name);
  const mod = (await import(/* @vite-ignore */ importUrl(isOverridden ? specifier : url, attempt))) as Partial<LifeCycles<SingleSpaProps>>;
  if (typeof mod.mount !== 'function' || typeof mod.unmount !== 'function') {
    throw new Error(`${specifier} does not export the single-spa lifecycles (bootstrap, mount, unmount)`);
  }
  return {
    bootstrap: mod.bootstrap ?? (async () => {}),
    // Once the active version of a new release has mounted here, the server may count it as the last good one.
    mount: [
      mod.mount,
      async () => {
        const key = `${e.name}@${e.version}`;
        if (e.confirmed || isOverridden || url !== e.entry || confirmed.has(key)) return;
        confirmed.add(key);
        api.registry.reportMounted.mutate({ module: e.name, version: e.version }).catch(() => {});
      },
    ],
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

function register(e: RegistryEntry, attempt: number, url = e.entry) {
  const isOverridden = overridden(appName(e.name));
  registerApplication<SingleSpaProps>({
    name: appName(e.name),
    app: () => load(e, url, attempt, isOverridden),
    activeWhen: (loc) => isUnder(loc.pathname, e.route),
    customProps: { ...platformProps, setTitle: (title: string) => moduleTitles.update((t) => ({ ...t, [e.name]: title })) } as SingleSpaProps,
  });
  registered.set(e.name, { entry: e.entry, url, attempt, overridden: isOverridden });
}

async function unregister(name: ModuleName) {
  registered.delete(name);
  await unregisterApplication(appName(name)).catch(() => {
    /* an application that never loaded has nothing to unmount */
  });
}

const clearFailure = (name: ModuleName) => {
  failures.update((f) => without(f, name));
  fallbacks.update((f) => without(f, name));
};

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
  fallbacks.set({});
  confirmed.clear();
}

/** Tells the server, once per page load, that a user met a module whose active version this server cannot serve. */
export function reportMismatch(e: RegistryEntry) {
  const key = `${e.name}@${e.version}!`;
  if (confirmed.has(key)) return;
  confirmed.add(key);
  api.registry.reportFailure.mutate(failureReport(e, e.entry, 'contract', 'the server does not serve the API contract this version needs')).catch(() => {});
}

/** Runs the last good version of a module instead of the active one that failed here, and says so. */
async function fallBack(e: RegistryEntry, url: string) {
  await unregister(e.name);
  fallbacks.update((f) => ({ ...f, [e.name]: { label: e.labels, from: e.version, to: e.fallbackVersion ?? '' } }));
  register(e, 0, url);
  await triggerAppChange();
}

addErrorHandler((err) => {
  const name = moduleOf(err.appOrParcelName);
  const kind = getAppStatus(err.appOrParcelName) === LOAD_ERROR ? 'load' : 'mount';
  console.error(`[otou] module ${name} failed to ${kind}:`, err);
  const reg = registered.get(name);
  const e = entries.get().find((x) => x.name === name);
  // A developer's own build failing is theirs to see, not the platform's health to count.
  if (reg && e && !reg.overridden) api.registry.reportFailure.mutate(failureReport(e, reg.url, kind, err.message)).catch(() => {});
  const next = reg && e ? nextUrl(e, reg.url, reg.overridden) : null;
  if (e && next) void fallBack(e, next);
  else failures.update((f) => ({ ...f, [name]: { kind, message: err.message } }));
});

window.addEventListener('single-spa:routing-event', () => {
  currentPath.set(location.pathname);
  mounted.set(getMountedApps().map(moduleOf));
});
window.addEventListener('popstate', () => {
  currentPath.set(location.pathname);
  void refreshRegistry();
});
