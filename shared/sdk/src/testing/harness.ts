import { QueryClient } from '@tanstack/svelte-query';
import type { Component } from 'svelte';
import { budgetModule, type Locale, type ModuleManifest } from '@otou/domain';
import { ModuleContext } from '../moduleContext.svelte.ts';
import { writable, type Session, type SessionUser } from '../platform.ts';
import ModuleHarness from './ModuleHarness.svelte';

export interface HarnessOptions {
  manifest?: Partial<ModuleManifest>;
  locale?: Locale;
  user?: Partial<SessionUser>;
}

/**
 * A module's component in a unit test, as it runs mounted by the shell: a module context (language, session,
 * API client on the global fetch) and a query client that does not retry. Render with @testing-library/svelte:
 * `const h = moduleHarness(); render(ModuleHarness, h.props(MyForm, { data }))` (render's options), switch language with
 * `h.locale.set('en')`.
 */
export function moduleHarness(opts: HarnessOptions = {}) {
  const locale = writable<Locale>(opts.locale ?? 'th');
  const session = writable<Session | null>({ token: 'test-token', user: { id: 'u-test', ...opts.user } as SessionUser });
  const navigate = (path: string) => history.pushState(null, '', path);
  const titles: string[] = [];
  const manifest: ModuleManifest = { ...budgetModule, version: '0.0.0', ...opts.manifest };
  const context = new ModuleContext(
    { domElementGetter: () => document.body, session, locale, apiUrl: 'http://platform.test/trpc', navigate, sessionExpired: () => {}, setTitle: (t) => titles.push(t) },
    manifest,
  );
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return {
    context,
    queryClient,
    locale,
    session,
    /** Titles the page set, in order. */
    titles,
    props: (component: Component<any>, props: Record<string, unknown> = {}) => ({ props: { component, props, context, queryClient } }),
  };
}

export { ModuleHarness };
