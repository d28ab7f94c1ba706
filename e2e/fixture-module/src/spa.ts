import { svelteLifecycles } from '@otou/sdk';
import App from './App.svelte';
import manifest from './manifest.ts';

export const { bootstrap, mount, unmount } = svelteLifecycles(App, manifest);
