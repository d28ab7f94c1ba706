import { mount, unmount, type Component } from 'svelte';
import type { ModuleManifest } from '@otou/domain';
import Root from './Root.svelte';
import { ModuleContext } from './moduleContext.svelte.ts';
import { createPlatformQueryClient } from './queryClient.ts';
import type { SingleSpaProps } from './platform.ts';

export interface Lifecycles {
  bootstrap(props: SingleSpaProps): Promise<void>;
  mount(props: SingleSpaProps): Promise<void>;
  unmount(props: SingleSpaProps): Promise<void>;
}

/**
 * single-spa lifecycles for a Svelte 5 module. Each mount gets a fresh query client and context, so nothing of
 * one visit leaks into the next and nothing of one module into another.
 */
export function svelteLifecycles(App: Component, manifest: ModuleManifest): Lifecycles {
  let mounted: { instance: Record<string, unknown>; context: ModuleContext; host: HTMLElement } | null = null;
  return {
    async bootstrap() {},
    async mount(props) {
      const host = document.createElement('div');
      host.className = 'otou-module-host';
      props.domElementGetter().appendChild(host);
      const context = new ModuleContext(props, manifest);
      try {
        const instance = mount(Root, { target: host, props: { App, context, queryClient: createPlatformQueryClient() } });
        mounted = { instance, context, host };
      } catch (e) {
        context.dispose();
        host.remove();
        throw e;
      }
    },
    async unmount() {
      if (!mounted) return;
      const { instance, context, host } = mounted;
      mounted = null;
      await unmount(instance);
      context.dispose();
      host.remove();
    },
  };
}
