/// <reference path="../pb_data/types.d.ts" />
// Provisional figures: the running totals also keep, in `awaiting`, what reports submitted and awaiting approval
// add (their actuals, and their count on line 'reports'), so a roll-up can show approved figures or provisional
// ones (approved + awaiting) from the same rows. Kept by pb_hooks/budget_sums.js; backfilled here.

const grouped = (keep, withAwaiting) => {
  const cols = keep.join(', ');
  const id = [...keep, 'line', 'month'].join(" || '/' || ");
  const awaiting = withAwaiting ? ', CAST(SUM(awaiting) AS REAL) AS awaiting' : '';
  return `SELECT (${id}) AS id, ${cols}, line, month, CAST(SUM(budget) AS REAL) AS budget, CAST(SUM(plan) AS REAL) AS plan, CAST(SUM(actual) AS REAL) AS actual${awaiting} FROM budget_sums GROUP BY ${cols}, line, month`;
};

const views = (withAwaiting) => ({
  budget_rollup_university: `SELECT id, period, university, network, line, month, budget, plan, actual${withAwaiting ? ', awaiting' : ''} FROM budget_sums`,
  budget_rollup_network: grouped(['period', 'network'], withAwaiting),
  budget_rollup_national: grouped(['period'], withAwaiting),
});

const BACKFILL = [
  'INSERT INTO budget_sums (id, period, university, network, line, month, budget, plan, actual, awaiting)',
  "SELECT substr(lower(hex(randomblob(8))), 1, 15), period, university, network, line, month, 0, 0, 0, SUM(v) FROM (",
  "SELECT r.period AS period, t.university AS university, u.network AS network, 'reports' AS line, r.month AS month, 1 AS v",
  'FROM budget_reports r JOIN tambons t ON t.id = r.tambon JOIN universities u ON u.id = t.university WHERE r.status = \'submitted\'',
  'UNION ALL SELECT r.period, t.university, u.network, a.key, r.month, a.value',
  'FROM budget_reports r JOIN tambons t ON t.id = r.tambon JOIN universities u ON u.id = t.university JOIN json_each(r.actuals) a WHERE r.status = \'submitted\'',
  ') GROUP BY period, university, line, month',
  'ON CONFLICT(period, university, line, month) DO UPDATE SET awaiting = excluded.awaiting',
].join(' ');

const setViews = (app, withAwaiting) => {
  for (const [name, query] of Object.entries(views(withAwaiting))) {
    const view = app.findCollectionByNameOrId(name);
    view.viewQuery = query;
    app.save(view);
  }
};

migrate(
  (app) => {
    const sums = app.findCollectionByNameOrId('budget_sums');
    sums.fields.add(new NumberField({ name: 'awaiting' }));
    app.save(sums);
    app.db().newQuery(BACKFILL).execute();
    setViews(app, true);
  },
  (app) => {
    setViews(app, false);
    const sums = app.findCollectionByNameOrId('budget_sums');
    sums.fields.removeByName('awaiting');
    app.save(sums);
  },
);
