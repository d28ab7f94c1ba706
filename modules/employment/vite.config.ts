import { defineConfig } from 'vite';
import { defineModuleConfig } from '@otou/sdk/vite';
import manifest from './src/manifest.ts';

export default defineConfig(defineModuleConfig({ manifest, port: 5103, root: import.meta.dirname }));
