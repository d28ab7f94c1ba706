import { defineRoutes } from '@otou/sdk';
import manifest from './manifest.ts';

/** The budget module's pages, below /budget. Links are built from here (`routes.href`), never written by hand. */
export const routes = defineRoutes(manifest.route, {
  home: '',
  tambon: 'tambon/:id',
  national: 'rollup/national',
  rollup: 'rollup/:level/:id',
  status: 'status',
});

/** The month a page shows figures to, chosen by the user and kept in the address (`?m=3`) so links carry it. */
export function chosenMonth(query: URLSearchParams): number | undefined {
  const m = Number(query.get('m'));
  return Number.isInteger(m) && m >= 1 && m <= 36 ? m : undefined;
}
