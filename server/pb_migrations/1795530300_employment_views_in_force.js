/// <reference path="../pb_data/types.d.ts" />
// Hired means in force on the day: a contract counts from its start up to its end — or its last working day once a
// resignation is recorded — both days included, on the Bangkok calendar day (Thailand is UTC+7 all year). Nothing
// moves a contract to 'ended' when its end passes, so counting status = 'active' (1795530100) went on counting a
// contract past its end as hired and hid an open position. The rule is shared/domain/src/employment/dashboard.ts
// inForceOn, which server/test/employmentDashboard.test.ts holds these views to.
//
// The two figure views are the ones 1795530100 made, with each "status = 'active' AND type = X" count replaced. Each
// count reads a covering index (place, type, start, end, last_working_day, status): SQLite seeks the place and type,
// walks the contracts started by today and never reads the table — as cheap as the (place, status, type) count was.

const TODAY = "date('now', '+7 hours')";
const TYPES = ['citizen', 'graduate', 'student'];
const VIEWS = ['employment_university_figures', 'employment_tambon_figures'];
const before = (t) => `c.status = 'active' AND c.type = '${t}'`;
const inForce = (t) =>
  `c.type = '${t}' AND c.start <= ${TODAY} AND c.end >= ${TODAY} AND (COALESCE(c.last_working_day, '') = '' OR c.last_working_day >= ${TODAY}) AND c.status <> 'ended'`;

const INDEXES = ['university', 'tambon'].map(
  (place) => `CREATE INDEX idx_employment_contracts_${place}_in_force ON employment_contracts (${place}, type, start, end, last_working_day, status)`,
);

function rewrite(app, from, to) {
  for (const name of VIEWS) {
    const v = app.findCollectionByNameOrId(name);
    let q = v.viewQuery;
    for (const t of TYPES) {
      if (!q.includes(from(t))) throw new Error(`${name}: the count of ${t} contracts is not the one expected`);
      q = q.split(from(t)).join(to(t));
    }
    v.viewQuery = q;
    app.save(v);
  }
}

migrate(
  (app) => {
    const c = app.findCollectionByNameOrId('employment_contracts');
    c.indexes = [...c.indexes, ...INDEXES];
    app.save(c);
    rewrite(app, before, inForce);
  },
  (app) => {
    rewrite(app, inForce, before);
    const c = app.findCollectionByNameOrId('employment_contracts');
    c.indexes = c.indexes.filter((i) => !INDEXES.includes(i));
    app.save(c);
  },
);
