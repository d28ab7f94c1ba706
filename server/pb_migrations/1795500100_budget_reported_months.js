/// <reference path="../pb_data/types.d.ts" />
// Which months have approved reports, per university: a roll-up shows a month nobody has reported as empty, as the
// tambon report does, rather than as 0 spent (budget_sums cannot tell the two apart: a planned month has a row there
// with 0 actual). A view over the approved reports, read with the caller's token like the roll-up views.
const BUDGET_ROLE =
  '(@request.auth.role = "central_admin" || @request.auth.role = "network_admin" || @request.auth.role = "university_staff" || @request.auth.role = "tambon_coordinator")';
const RULE = [
  `@request.auth.id != "" && ${BUDGET_ROLE} && (`,
  '@request.auth.scope = "central"',
  '|| (@request.auth.scope = "network" && network = @request.auth.network)',
  '|| (@request.auth.scope = "university" && university = @request.auth.university)',
  ')',
].join(' ');

const QUERY = [
  "SELECT (r.period || '/' || t.university || '/' || r.month) AS id, r.period AS period, t.university AS university, u.network AS network,",
  'CAST(r.month AS INTEGER) AS month, COUNT(*) AS reports',
  'FROM budget_reports r JOIN tambons t ON t.id = r.tambon JOIN universities u ON u.id = t.university',
  "WHERE r.status = 'approved' GROUP BY r.period, t.university, r.month",
].join(' ');

migrate(
  (app) => {
    app.save(new Collection({ type: 'view', name: 'budget_reported_months', listRule: RULE, viewRule: RULE, viewQuery: QUERY }));
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('budget_reported_months'));
  },
);
