import { isReportBasis, type ReportBasis } from '@otou/domain';
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

/** Approved figures unless the user asked for provisional ones (`?b=provisional`), which links then carry too. */
export function chosenBasis(query: URLSearchParams): ReportBasis {
  const b = query.get('b');
  return isReportBasis(b) ? b : 'approved';
}

/** What a link to another figures page keeps of this one: the month, and the basis when it is not the default. */
export const keptQuery = (m: number, basis: ReportBasis) => (basis === 'approved' ? { m } : { m, b: basis });
