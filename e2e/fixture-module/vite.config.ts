import { defineConfig } from 'vite';
import { defineModuleConfig } from '@otou/sdk/vite';
import manifest from './src/manifest.ts';

// Served by the end-to-end platform at /modules/svelte-minor/ (see e2e/fixtures/globalSetup.ts).
export default defineConfig(defineModuleConfig({ manifest, port: 5199, root: import.meta.dirname, base: '/modules/svelte-minor/' }));
