import { defineRoutes } from '@otou/sdk';
import manifest from './manifest.ts';

/** The module's pages below /assessment: each feature adds its page here and links with `routes.href(name, params)`. */
export const routes = defineRoutes(manifest.route, { home: '' });
