import { getContext, setContext } from 'svelte';
import { isKitMessageKey, translate, translateKit, type KitMessageKey, type Locale, type MessageKey, type ModuleManifest, type Params } from '@otou/domain';
import { createApi, type Api } from './api.ts';
import type { PlatformProps, Session } from './platform.ts';
import { followLink } from './links.ts';

/**
 * A module's view of the platform while it is mounted: the session and language as Svelte state (following the
 * shell's stores), the typed API client and the module's own manifest.
 */
export class ModuleContext {
  locale = $state<Locale>('th');
  session = $state<Session | null>(null);
  /** The location's path and query, following every navigation, for the module's own routes. */
  path = $state(location.pathname);
  search = $state(location.search);
  readonly api: Api;
  readonly #stops: (() => void)[] = [];

  constructor(
    readonly platform: PlatformProps,
    readonly manifest: ModuleManifest,
  ) {
    this.#stops.push(platform.locale.subscribe((l) => (this.locale = l)));
    this.#stops.push(platform.session.subscribe((s) => (this.session = s)));
    const follow = () => {
      this.path = location.pathname;
      this.search = location.search;
    };
    for (const type of ['popstate', 'single-spa:routing-event'] as const) {
      window.addEventListener(type, follow);
      this.#stops.push(() => window.removeEventListener(type, follow));
    }
    this.api = createApi({
      url: platform.apiUrl,
      getToken: () => platform.session.get()?.token ?? null,
      getLocale: () => platform.locale.get(),
      onUnauthorized: () => platform.sessionExpired(),
    });
  }

  /** The module's name in the current language. */
  get label(): string {
    return this.manifest.labels[this.locale];
  }

  get user() {
    return this.session?.user ?? null;
  }

  /** Client-side navigation through the shell (it refreshes the registry first). */
  navigate = (to: string): void => this.platform.navigate(to);

  /** `onclick={ctx.followLink}` on an in-module `<a href>`: client-side, but new-tab clicks stay the browser's. */
  followLink = (event: MouseEvent): void => followLink(event, this.navigate);

  /** The path below the module's route: '/budget/tambon/x' → ['tambon', 'x']. */
  get segments(): string[] {
    const rest = this.path.startsWith(this.manifest.route) ? this.path.slice(this.manifest.route.length) : '';
    return rest.split('/').filter(Boolean);
  }

  /** Platform and kit words in the current language. A module's components use `useWords(messages)` instead. */
  t = (key: MessageKey | KitMessageKey, params?: Params): string => (isKitMessageKey(key) ? translateKit(this.locale, key, params) : translate(this.locale, key, params));

  /** The location's query, e.g. `ctx.query.get('m')` for the chosen month. */
  get query(): URLSearchParams {
    return new URLSearchParams(this.search);
  }

  /**
   * Changes the query of the current page in place (no new history entry, no trip through the shell): a view's
   * setting such as the chosen month, kept in the address so links, reloads and drill-downs carry it.
   */
  setQuery = (values: Record<string, string | number | null | undefined>): void => {
    const q = new URLSearchParams(location.search);
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined || v === null || v === '') q.delete(k);
      else q.set(k, String(v));
    }
    const search = q.toString() ? `?${q}` : '';
    history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    this.search = search;
  };

  /** The page's title in the browser's tab (the shell adds the platform's name). */
  setTitle = (title: string): void => {
    if (this.platform.setTitle) this.platform.setTitle(title);
    else document.title = `${title} · ${translate(this.locale, 'app.title')}`;
  };

  dispose() {
    for (const stop of this.#stops.splice(0)) stop();
  }
}

const KEY = Symbol('otou.module');

export function setModuleContext(ctx: ModuleContext): void {
  setContext(KEY, ctx);
}

/** The mounted module's context. Call it during component setup, inside a module mounted by `svelteLifecycles`. */
export function getModuleContext(): ModuleContext {
  const ctx = getContext<ModuleContext | undefined>(KEY);
  if (!ctx) throw new Error('No module context: is this component rendered inside a module mounted with svelteLifecycles()?');
  return ctx;
}
