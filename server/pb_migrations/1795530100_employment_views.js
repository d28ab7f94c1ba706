/// <reference path="../pb_data/types.d.ts" />
// The employment dashboards read counts the database adds up, never the 60,000 contracts, 720,000 reports or payments
// of the national scale: per university (national and network dashboards) and, with the suffix _tambon, per tambon (a
// university's tambons and a tambon's own board):
//   employment_contract_counts   contracts per worker type and status (active = hired; resigned),
//   employment_awaiting_counts   monthly reports submitted and awaiting acceptance,
//   employment_late_counts       payments recorded after their due day (how many, and the amount in satang),
//   employment_tambon_totals     tambons per university (the targets are positions × tambons).
// A payment is late when the Thai calendar day it was recorded on (recorded_at is UTC; Thailand is UTC+7 all year)
// falls after its `due` day — the rule of shared/domain/src/employment/dashboard.ts isLatePayment, which a test holds
// these views to. Users read them in their scope, never write; workers and agency supervisors do not read them.

const STAFF_ROLE =
  '(@request.auth.role = "central_admin" || @request.auth.role = "network_admin" || @request.auth.role = "university_staff" || @request.auth.role = "tambon_coordinator")';
const rule = (withTambon) =>
  [
    `@request.auth.id != "" && ${STAFF_ROLE} && (`,
    '@request.auth.scope = "central"',
    '|| (@request.auth.scope = "network" && network = @request.auth.network)',
    '|| (@request.auth.scope = "university" && university = @request.auth.university)',
    withTambon ? '|| (@request.auth.scope = "tambon" && tambon = @request.auth.tambon)' : '',
    ')',
  ].join(' ');

// Late: recorded at or after 00:00 on the day after the due day in Thailand (17:00 UTC of the due day). A plain
// comparison of the stored texts ('2021-02-03 02:00:00.000Z' >= '2021-02-02 17:00:00.000Z'), not date(), so that
// SQLite can read late payments from a partial index instead of computing it for each of 700,000 payments.
const LATE = "recorded_at >= due || ' 17:00:00.000Z'";

const key = (cols) => `(${cols.join(" || '/' || ")})`;

/**
 * Each figure is its own view over one table, grouped by place columns taken as they are (no CAST on them): PocketBase
 * then knows them as relations, and SQLite pushes a filter on them (tambon = …) down into the GROUP BY, reading one
 * tambon's rows through an index instead of adding up the whole country first.
 */
function figures(suffix, keep) {
  const cols = keep.join(', ');
  return [
    {
      name: `employment_contract_counts${suffix}`,
      query: `SELECT ${key([...keep, 'type', 'status'])} AS id, ${cols}, type, status, CAST(COUNT(*) AS INTEGER) AS n FROM employment_contracts GROUP BY ${cols}, type, status`,
    },
    {
      name: `employment_awaiting_counts${suffix}`,
      query: `SELECT ${key(keep)} AS id, ${cols}, CAST(COUNT(*) AS INTEGER) AS n FROM employment_reports WHERE status = 'submitted' GROUP BY ${cols}`,
    },
    {
      name: `employment_late_counts${suffix}`,
      query: `SELECT ${key(keep)} AS id, ${cols}, CAST(COUNT(*) AS INTEGER) AS n, CAST(SUM(amount_satang) AS INTEGER) AS amount FROM employment_payments WHERE ${LATE} GROUP BY ${cols}`,
    },
  ].map((v) => ({ ...v, withTambon: keep.includes('tambon') }));
}

const VIEWS = [
  ...figures('', ['network', 'university']),
  ...figures('_tambon', ['network', 'university', 'tambon']),
  {
    // A tambon's workers on its board: each contract's reports by status, its pay and its late payments, counted
    // through the contract's own index entries (a tambon has about twenty contracts). `+r.status` keeps SQLite off the
    // status index, which without statistics it would take — and walk 650,000 accepted reports for each contract.
    name: 'employment_contract_figures',
    withTambon: true,
    query: [
      'SELECT c.id AS id, c.tambon AS tambon, c.university AS university, c.network AS network,',
      ...['accepted', 'submitted', 'returned'].map((st) => `CAST((SELECT COUNT(*) FROM employment_reports r WHERE r.contract = c.id AND +r.status = '${st}') AS INTEGER) AS ${st},`),
      'CAST((SELECT COALESCE(SUM(p.amount_satang), 0) FROM employment_payments p WHERE p.contract = c.id) AS INTEGER) AS paid,',
      `CAST((SELECT COUNT(*) FROM employment_payments p WHERE p.contract = c.id AND p.${LATE.replace('due', 'p.due')}) AS INTEGER) AS late`,
      'FROM employment_contracts c',
    ].join(' '),
  },
  {
    name: 'employment_tambon_totals',
    withTambon: false,
    query:
      'SELECT t.university AS id, t.university AS university, u.network AS network, CAST(COUNT(*) AS INTEGER) AS tambons FROM tambons t JOIN universities u ON u.id = t.university GROUP BY t.university, u.network',
  },
];

// Only the few rows each figure needs are read: reports awaiting acceptance and late payments through partial indexes
// (their WHERE is the views' own), contracts by university, type and status from a covering index in the views' GROUP BY order (no sort).
const INDEXES = [
  ['employment_reports', "CREATE INDEX idx_employment_reports_awaiting ON employment_reports (network, university, tambon) WHERE status = 'submitted'"],
  ['employment_payments', `CREATE INDEX idx_employment_payments_late ON employment_payments (network, university, tambon, amount_satang) WHERE ${LATE}`],
  ['employment_contracts', 'CREATE INDEX idx_employment_contracts_counts ON employment_contracts (network, university, type, status)'],
];

migrate(
  (app) => {
    for (const [collection, sql] of INDEXES) {
      const c = app.findCollectionByNameOrId(collection);
      c.indexes = [...c.indexes, sql];
      app.save(c);
    }
    for (const v of VIEWS) {
      const r = rule(v.withTambon);
      app.save(new Collection({ type: 'view', name: v.name, listRule: r, viewRule: r, viewQuery: v.query }));
    }
  },
  (app) => {
    for (const v of [...VIEWS].reverse()) app.delete(app.findCollectionByNameOrId(v.name));
    for (const [collection, sql] of INDEXES) {
      const c = app.findCollectionByNameOrId(collection);
      c.indexes = c.indexes.filter((i) => i !== sql);
      app.save(c);
    }
  },
);
