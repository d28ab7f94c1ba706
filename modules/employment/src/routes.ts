import { defineRoutes } from '@otou/sdk';
import manifest from './manifest.ts';

/**
 * The module's pages below /employment: each feature adds its page here and links with `routes.href(name, params)`.
 * Two helpers add pages at once: each edits only its own block below.
 */
export const routes = defineRoutes(manifest.route, {
  home: '',
  // ── staff and central pages (positions, applicants, import, selection, contracts, agencies) ──
  /** The positions and rates of a programme period (`?p=period`), or of one tambon (`?t=tambon`). */
  positions: 'positions',
  /** The tambons the user hires for, to pick one (`?q=search`). */
  tambons: 'tambons',
  /** A tambon's applicants with their eligibility, and the form to add one. */
  applicants: 'tambon/:tambonId/applicants',
  /** Importing a tambon's applicants from a CSV or Excel file. */
  import: 'tambon/:tambonId/import',
  /** Ranking a tambon's applicants of one type (`?type=citizen`) and choosing who gets contracts. */
  selection: 'tambon/:tambonId/selection',
  /** Contracts for a tambon's chosen applicants, and its contracts in force. */
  contracts: 'tambon/:tambonId/contracts',
  /** One contract: its days, rate, history, and its resignation. */
  contract: 'contract/:contractId',
  /** User agencies of the Digitalizing Government Data track. */
  agencies: 'agencies',
  // ── end of staff pages ──
  // ── the monthly cycle (worker, acceptance, certificate, dashboard, exports) ──
  /** A worker's own contracts, reports and payments. */
  mine: 'mine',
  /** A worker's report for one month of a contract (`?m=YYYY-MM`; none means the latest month they can report). */
  report: 'mine/:contractId/report',
  /** Submitted reports the signed-in person may decide (`?r=reportId` opens one). */
  queue: 'queue',
  /** The certificate of service of a contract: printable when earned, else what is missing. */
  certificate: 'certificate/:contractId',
  /** Hired against the target, drilled down by `?n=network&u=university&t=tambon`. */
  dashboard: 'dashboard',
  /** The Ministry of Labour's two Excel files. */
  exports: 'exports',
  // ── end of the monthly cycle ──
});
