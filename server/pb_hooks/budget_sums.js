// Keeps budget_sums, the running totals that roll-ups read, in step with every write to the budget tables. Runs
// inside PocketBase, in the same transaction as the write that triggered it, so a roll-up never disagrees with the
// records it adds up and no user token can write a total. Loaded by budget_sums.pb.js.

/**
 * What one record adds to the totals: budget at month 0, plan and approved actuals per month, money received, and
 * per month the number of approved reports (line 'reports', counted in `actual`), so a roll-up can tell a month
 * nobody reported from one reported as 0. A report submitted and awaiting approval adds the same in `awaiting`
 * instead, for provisional figures; a draft adds nothing.
 */
function contribution(collection, rec) {
  if (!rec) return [];
  const out = [];
  if (collection === 'budget_lines') {
    const line = rec.getString('line');
    out.push({ line, month: 0, budget: rec.getFloat('budget'), plan: 0, actual: 0 });
    let plan = [];
    try {
      plan = JSON.parse(rec.getString('plan') || '[]') || [];
    } catch (_) {
      plan = [];
    }
    for (let i = 0; i < plan.length; i++) if (Number(plan[i])) out.push({ line, month: i + 1, budget: 0, plan: Number(plan[i]), actual: 0 });
  } else if (collection === 'budget_reports') {
    const status = rec.getString('status');
    if (status !== 'approved' && status !== 'submitted') return [];
    const col = status === 'approved' ? 'actual' : 'awaiting';
    let actuals = {};
    try {
      actuals = JSON.parse(rec.getString('actuals') || '{}') || {};
    } catch (_) {
      actuals = {};
    }
    const month = rec.getInt('month');
    out.push({ line: 'reports', month, budget: 0, plan: 0, [col]: 1 });
    for (const line of Object.keys(actuals)) if (Number(actuals[line])) out.push({ line, month, budget: 0, plan: 0, [col]: Number(actuals[line]) });
  } else if (collection === 'budget_instalments') {
    if (rec.getString('received_on') !== '') out.push({ line: 'received', month: 0, budget: rec.getFloat('amount'), plan: 0, actual: 0 });
  }
  return out;
}

function placeOf(app, tambonId) {
  const row = new DynamicModel({ university: '', network: '' });
  app
    .db()
    .newQuery('SELECT t.university AS university, u.network AS network FROM tambons t JOIN universities u ON u.id = t.university WHERE t.id = {:t}')
    .bind({ t: tambonId })
    .one(row);
  return { university: row.university, network: row.network };
}

function add(app, key, c, sign) {
  app
    .db()
    .newQuery(
      'INSERT INTO budget_sums (id, period, university, network, line, month, budget, plan, actual, awaiting) ' +
        "VALUES (substr(lower(hex(randomblob(8))), 1, 15), {:period}, {:university}, {:network}, {:line}, {:month}, {:budget}, {:plan}, {:actual}, {:awaiting}) " +
        'ON CONFLICT(period, university, line, month) DO UPDATE SET budget = budget + excluded.budget, plan = plan + excluded.plan, actual = actual + excluded.actual, awaiting = awaiting + excluded.awaiting',
    )
    .bind({
      period: key.period,
      university: key.university,
      network: key.network,
      line: c.line,
      month: c.month,
      budget: sign * c.budget,
      plan: sign * c.plan,
      actual: sign * (c.actual || 0),
      awaiting: sign * (c.awaiting || 0),
    })
    .execute();
}

/** Takes back what the record contributed before the write and adds what it contributes after it. */
function apply(app, collection, before, after) {
  for (const [rec, sign] of [
    [before, -1],
    [after, 1],
  ]) {
    const parts = contribution(collection, rec);
    if (!parts.length) continue;
    const key = Object.assign({ period: rec.getString('period') }, placeOf(app, rec.getString('tambon')));
    for (const c of parts) add(app, key, c, sign);
  }
}

module.exports = { apply };
