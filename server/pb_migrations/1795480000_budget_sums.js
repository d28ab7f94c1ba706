/// <reference path="../pb_data/types.d.ts" />
// Roll-ups read running totals instead of adding up every JSON month of every tambon on each read: at national scale
// the views below read about 9,000 total rows instead of expanding 460,000. The totals are kept by
// pb_hooks/budget_sums.pb.js in the same transaction as each write; users may read them in their scope, never write.

const BUDGET_ROLE =
  '(@request.auth.role = "central_admin" || @request.auth.role = "network_admin" || @request.auth.role = "university_staff" || @request.auth.role = "tambon_coordinator")';
const rule = (levels) =>
  [
    `@request.auth.id != "" && ${BUDGET_ROLE} && (`,
    '@request.auth.scope = "central"',
    levels.includes('network') ? '|| (@request.auth.scope = "network" && network = @request.auth.network)' : '',
    levels.includes('university') ? '|| (@request.auth.scope = "university" && university = @request.auth.university)' : '',
    ')',
  ].join(' ');

const grouped = (keep) => {
  const cols = keep.join(', ');
  const id = [...keep, 'line', 'month'].join(" || '/' || ");
  return `SELECT (${id}) AS id, ${cols}, line, month, CAST(SUM(budget) AS REAL) AS budget, CAST(SUM(plan) AS REAL) AS plan, CAST(SUM(actual) AS REAL) AS actual FROM budget_sums GROUP BY ${cols}, line, month`;
};

// The sums as the first budget migration's views computed them, to fill budget_sums from existing records.
const BACKFILL = [
  'INSERT INTO budget_sums (id, period, university, network, line, month, budget, plan, actual)',
  "SELECT substr(lower(hex(randomblob(8))), 1, 15), period, university, network, line, month, SUM(budget), SUM(plan), SUM(actual) FROM (",
  'SELECT l.period AS period, t.university AS university, u.network AS network, l.line AS line, 0 AS month, l.budget AS budget, 0 AS plan, 0 AS actual FROM budget_lines l JOIN tambons t ON t.id = l.tambon JOIN universities u ON u.id = t.university',
  'UNION ALL SELECT l.period, t.university, u.network, l.line, CAST(j.key AS INTEGER) + 1, 0, j.value, 0 FROM budget_lines l JOIN tambons t ON t.id = l.tambon JOIN universities u ON u.id = t.university JOIN json_each(l.plan) j',
  "UNION ALL SELECT r.period, t.university, u.network, a.key, r.month, 0, 0, a.value FROM budget_reports r JOIN tambons t ON t.id = r.tambon JOIN universities u ON u.id = t.university JOIN json_each(r.actuals) a WHERE r.status = 'approved'",
  "UNION ALL SELECT i.period, t.university, u.network, 'received', 0, i.amount, 0, 0 FROM budget_instalments i JOIN tambons t ON t.id = i.tambon JOIN universities u ON u.id = t.university WHERE i.received_on != ''",
  ') GROUP BY period, university, line, month',
].join(' ');

migrate(
  (app) => {
    const sums = new Collection({
      type: 'base',
      name: 'budget_sums',
      listRule: rule(['network', 'university']),
      viewRule: rule(['network', 'university']),
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [
        { name: 'period', type: 'text', required: true },
        { name: 'university', type: 'text', required: true },
        { name: 'network', type: 'text', required: true },
        // A leaf line code, or 'received' for instalments received (kept at month 0 like budgets).
        { name: 'line', type: 'text', required: true },
        { name: 'month', type: 'number', onlyInt: true },
        { name: 'budget', type: 'number' },
        { name: 'plan', type: 'number' },
        { name: 'actual', type: 'number' },
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_budget_sums_key ON budget_sums (period, university, line, month)',
        'CREATE INDEX idx_budget_sums_network ON budget_sums (period, network)',
      ],
    });
    app.save(sums);
    app.db().newQuery(BACKFILL).execute();

    const views = {
      budget_rollup_university: 'SELECT id, period, university, network, line, month, budget, plan, actual FROM budget_sums',
      budget_rollup_network: grouped(['period', 'network']),
      budget_rollup_national: grouped(['period']),
    };
    for (const [name, query] of Object.entries(views)) {
      const view = app.findCollectionByNameOrId(name);
      view.viewQuery = query;
      app.save(view);
    }
  },
  (app) => {
    // Back to adding up the records on every read, as the first budget migration did.
    const inner = [
      'SELECT l.period AS period, t.university AS university, u.network AS network, l.line AS line, 0 AS month, l.budget AS budget, 0 AS plan, 0 AS actual FROM budget_lines l JOIN tambons t ON t.id = l.tambon JOIN universities u ON u.id = t.university',
      'UNION ALL SELECT l.period, t.university, u.network, l.line, CAST(j.key AS INTEGER) + 1, 0, j.value, 0 FROM budget_lines l JOIN tambons t ON t.id = l.tambon JOIN universities u ON u.id = t.university JOIN json_each(l.plan) j',
      "UNION ALL SELECT r.period, t.university, u.network, a.key, r.month, 0, 0, a.value FROM budget_reports r JOIN tambons t ON t.id = r.tambon JOIN universities u ON u.id = t.university JOIN json_each(r.actuals) a WHERE r.status = 'approved'",
      "UNION ALL SELECT i.period, t.university, u.network, 'received', 0, i.amount, 0, 0 FROM budget_instalments i JOIN tambons t ON t.id = i.tambon JOIN universities u ON u.id = t.university WHERE i.received_on != ''",
    ].join(' ');
    const fromRecords = (keep) => {
      const cols = keep.join(', ');
      const id = [...keep, 'line', 'month'].join(" || '/' || ");
      return `SELECT (${id}) AS id, ${cols}, CAST(line AS TEXT) AS line, CAST(month AS INTEGER) AS month, CAST(SUM(budget) AS REAL) AS budget, CAST(SUM(plan) AS REAL) AS plan, CAST(SUM(actual) AS REAL) AS actual FROM (${inner}) GROUP BY ${cols}, line, month`;
    };
    for (const [name, keep] of [
      ['budget_rollup_university', ['period', 'university', 'network']],
      ['budget_rollup_network', ['period', 'network']],
      ['budget_rollup_national', ['period']],
    ]) {
      const view = app.findCollectionByNameOrId(name);
      view.viewQuery = fromRecords(keep);
      app.save(view);
    }
    app.delete(app.findCollectionByNameOrId('budget_sums'));
  },
);
