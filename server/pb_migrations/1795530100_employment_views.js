/// <reference path="../pb_data/types.d.ts" />
// The employment dashboards read counts the database adds up, never the 60,000 contracts, 720,000 reports or payments
// of the national scale: employment_university_figures (national and network boards) and employment_tambon_figures (a
// university's tambons, a tambon's own board) give each place's contracts in force per worker type (hired), its
// resignations, reports awaiting acceptance, late payments (how many, and the amount in satang) and, per university,
// its tambons (the targets are positions × tambons); employment_contract_figures gives a tambon's workers' own.
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

/**
 * One row per place — every university (national and network boards) or every tambon (a university's and a tambon's
 * boards) — each figure a count through an index of that place: contracts in force per worker type, resignations,
 * reports awaiting acceptance, late payments and their amount. A row per place, never none: PocketBase holds back a
 * filtered list that comes back empty for up to half a second (its guard against timing attacks), and SQLite seeks
 * each place's index entries instead of adding up the whole country first (a filter on the place pushes down).
 */
function figures(name, from, place, extra) {
  const count = (table, alias, where) => `CAST((SELECT COUNT(*) FROM ${table} ${alias} WHERE ${where}) AS INTEGER)`;
  const late = `p.${LATE.replace('due', 'p.due')}`;
  return {
    name,
    withTambon: place.tambon !== undefined,
    query: [
      `SELECT ${place.id} AS id,`,
      ...extra,
      ...['citizen', 'graduate', 'student'].map((t) => `${count('employment_contracts', 'c', `${place.contracts} AND c.status = 'active' AND c.type = '${t}'`)} AS active_${t},`),
      `${count('employment_contracts', 'c', `${place.contracts} AND c.status = 'resigned'`)} AS resigned,`,
      `${count('employment_reports', 'r', `${place.reports} AND r.status = 'submitted'`)} AS awaiting,`,
      `${count('employment_payments', 'p', `${place.payments} AND ${late}`)} AS late,`,
      `CAST((SELECT COALESCE(SUM(p.amount_satang), 0) FROM employment_payments p WHERE ${place.payments} AND ${late}) AS INTEGER) AS late_amount`,
      from,
    ].join(' '),
  };
}

const VIEWS = [
  figures('employment_university_figures', 'FROM universities u', { id: 'u.id', contracts: 'c.university = u.id', reports: 'r.network = u.network AND r.university = u.id', payments: 'p.network = u.network AND p.university = u.id' }, [
    'u.id AS university, u.network AS network,',
    'CAST((SELECT COUNT(*) FROM tambons t WHERE t.university = u.id) AS INTEGER) AS tambons,',
  ]),
  figures(
    'employment_tambon_figures',
    'FROM tambons t JOIN universities u ON u.id = t.university',
    { id: 't.id', tambon: true, contracts: 'c.tambon = t.id', reports: 'r.tambon = t.id', payments: 'p.network = u.network AND p.university = t.university AND p.tambon = t.id' },
    ['t.id AS tambon, t.university AS university, u.network AS network,'],
  ),
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
];

// Reports awaiting acceptance and late payments are read through partial indexes (their WHERE is the views' own);
// contracts through CORE's (university|tambon, status, type) indexes.
const INDEXES = [
  ['employment_reports', "CREATE INDEX idx_employment_reports_awaiting ON employment_reports (network, university, tambon) WHERE status = 'submitted'"],
  ['employment_payments', `CREATE INDEX idx_employment_payments_late ON employment_payments (network, university, tambon, amount_satang) WHERE ${LATE}`],
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
