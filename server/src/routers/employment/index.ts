import { router } from '../../trpc.ts';
import { agencyRouter } from './agency.ts';
import { applicantRouter } from './applicant.ts';
import { certificateRouter } from './certificate.ts';
import { contractRouter } from './contract.ts';
import { dashboardRouter } from './dashboard.ts';
import { exportRouter } from './export.ts';
import { paymentRouter } from './payment.ts';
import { positionsRouter } from './positions.ts';
import { reportRouter } from './report.ts';
import { resignationRouter } from './resignation.ts';
import { selectionRouter } from './selection.ts';

/**
 * The employment module's API (issue 9): positions, user agencies, applicants and imports, selection, contracts and
 * resignations; the monthly reports, payments and certificates; dashboards and the Ministry of Labour exports.
 */
export const employmentRouter = router({
  positions: positionsRouter,
  agency: agencyRouter,
  applicant: applicantRouter,
  selection: selectionRouter,
  contract: contractRouter,
  resignation: resignationRouter,
  report: reportRouter,
  payment: paymentRouter,
  certificate: certificateRouter,
  dashboard: dashboardRouter,
  export: exportRouter,
});
