/// <reference path="../pb_data/types.d.ts" />
// The running totals count approved reports per university and month (line 'reports', in `actual`; kept by
// pb_hooks/budget_sums.js), so roll-ups learn which months were reported from the rows they already read. This
// replaces the view budget_reported_months, which grouped the approved reports on every roll-up and made the
// national roll-up ~40 times slower. Backfills the counts for reports approved before this migration.
const BACKFILL = [
  'INSERT INTO budget_sums (id, period, university, network, line, month, budget, plan, actual)',
  "SELECT substr(lower(hex(randomblob(8))), 1, 15), r.period, t.university, u.network, 'reports', r.month, 0, 0, COUNT(*)",
  'FROM budget_reports r JOIN tambons t ON t.id = r.tambon JOIN universities u ON u.id = t.university',
  "WHERE r.status = 'approved' GROUP BY r.period, t.university, r.month",
].join(' ');

migrate(
  (app) => {
    app.delete(app.findCollectionByNameOrId('budget_reported_months'));
    app.db().newQuery("DELETE FROM budget_sums WHERE line = 'reports'").execute();
    app.db().newQuery(BACKFILL).execute();
  },
  (app) => {
    app.db().newQuery("DELETE FROM budget_sums WHERE line = 'reports'").execute();
    const BUDGET_ROLE =
      '(@request.auth.role = "central_admin" || @request.auth.role = "network_admin" || @request.auth.role = "university_staff" || @request.auth.role = "tambon_coordinator")';
    const rule = [
      `@request.auth.id != "" && ${BUDGET_ROLE} && (`,
      '@request.auth.scope = "central"',
      '|| (@request.auth.scope = "network" && network = @request.auth.network)',
      '|| (@request.auth.scope = "university" && university = @request.auth.university)',
      ')',
    ].join(' ');
    const query = [
      "SELECT (r.period || '/' || t.university || '/' || r.month) AS id, r.period AS period, t.university AS university, u.network AS network,",
      'CAST(r.month AS INTEGER) AS month, COUNT(*) AS reports',
      'FROM budget_reports r JOIN tambons t ON t.id = r.tambon JOIN universities u ON u.id = t.university',
      "WHERE r.status = 'approved' GROUP BY r.period, t.university, r.month",
    ].join(' ');
    app.save(new Collection({ type: 'view', name: 'budget_reported_months', listRule: rule, viewRule: rule, viewQuery: query }));
  },
);
