/// <reference path="../pb_data/types.d.ts" />
// The budget module: programme periods, each tambon's budget lines with their monthly plan, the monthly reports of
// actuals with their approval state, the history of every change, the two instalments, and roll-up views that add
// the figures up inside the database. API rules repeat what the server checks, so a token used directly against
// PocketBase can neither read another university's budget nor unlock a submitted month.

const BUDGET_ROLE =
  '(@request.auth.role = "central_admin" || @request.auth.role = "network_admin" || @request.auth.role = "university_staff" || @request.auth.role = "tambon_coordinator")';
const READ_TAMBON = [
  `@request.auth.id != "" && ${BUDGET_ROLE} && (`,
  '@request.auth.scope = "central"',
  '|| (@request.auth.scope = "network" && tambon.university.network = @request.auth.network)',
  '|| (@request.auth.scope = "university" && tambon.university = @request.auth.university)',
  '|| (@request.auth.scope = "tambon" && tambon = @request.auth.tambon)',
  ')',
].join(' ');
const UNIVERSITY_STAFF = '(@request.auth.role = "university_staff" && tambon.university = @request.auth.university)';
const EDITOR = `(${UNIVERSITY_STAFF} || (@request.auth.role = "tambon_coordinator" && tambon = @request.auth.tambon))`;
const KEEP_KEYS = '@request.body.tambon:isset = false && @request.body.period:isset = false';
const unset = (...fields) => fields.map((f) => `@request.body.${f}:isset = false`).join(' && ');

// Who may change a monthly report, and how: each branch is one step of the workflow.
const REPORT_EDIT = [
  EDITOR,
  'status = "draft"',
  '(@request.body.status:isset = false || @request.body.status = "draft" || (@request.body.status = "submitted" && @request.body.submitted_by = @request.auth.id))',
  '(@request.body.reopened:isset = false || @request.body.reopened = false)',
  unset('approved_by', 'approved_at', 'late_until', 'late_by', 'late_reason', 'month'),
].join(' && ');
const REPORT_APPROVE = [
  UNIVERSITY_STAFF,
  'status = "submitted"',
  'submitted_by != @request.auth.id',
  '@request.body.status = "approved"',
  '@request.body.approved_by = @request.auth.id',
  unset('actuals', 'remarks', 'submitted_by', 'late_until', 'late_by', 'month', 'reopened'),
].join(' && ');
const REPORT_REOPEN = [
  'status = "approved"',
  'approved_by = @request.auth.id',
  '@request.body.status = "draft"',
  '@request.body.reopened = true',
  unset('actuals', 'remarks', 'approved_by', 'late_until', 'late_by', 'month'),
].join(' && ');
const REPORT_EXCEPTION = [
  '@request.auth.role = "central_admin"',
  '@request.body.late_by = @request.auth.id',
  unset('status', 'actuals', 'remarks', 'approved_by', 'submitted_by', 'month', 'reopened'),
].join(' && ');

const rollupRule = (levels) =>
  [
    `@request.auth.id != "" && ${BUDGET_ROLE} && (`,
    '@request.auth.scope = "central"',
    levels.includes('network') ? '|| (@request.auth.scope = "network" && network = @request.auth.network)' : '',
    levels.includes('university') ? '|| (@request.auth.scope = "university" && university = @request.auth.university)' : '',
    ')',
  ].join(' ');

/**
 * Budget (month 0), plan and approved actual per line and month, from the JSON month arrays, and the money received
 * (line 'received'): one UNION ALL of four parts, grouped by whatever the roll-up keeps. Only approved months count in roll-ups: those are the
 * figures the university has signed off.
 */
function rollupSql(keep) {
  const cols = keep.map((k) => `${k}`).join(', ');
  const inner = (select) => `SELECT l.period AS period, t.university AS university, u.network AS network, ${select}`;
  const parts = [
    `${inner('l.line AS line, 0 AS month, l.budget AS budget, 0 AS plan, 0 AS actual')} FROM budget_lines l JOIN tambons t ON t.id = l.tambon JOIN universities u ON u.id = t.university`,
    `${inner('l.line AS line, CAST(j.key AS INTEGER) + 1 AS month, 0 AS budget, j.value AS plan, 0 AS actual')} FROM budget_lines l JOIN tambons t ON t.id = l.tambon JOIN universities u ON u.id = t.university JOIN json_each(l.plan) j`,
    `SELECT r.period AS period, t.university AS university, u.network AS network, a.key AS line, r.month AS month, 0 AS budget, 0 AS plan, a.value AS actual FROM budget_reports r JOIN tambons t ON t.id = r.tambon JOIN universities u ON u.id = t.university JOIN json_each(r.actuals) a WHERE r.status = 'approved'`,
    // Money received so far (instalments with a received date), as the pseudo line 'received'.
    `SELECT i.period AS period, t.university AS university, u.network AS network, 'received' AS line, 0 AS month, i.amount AS budget, 0 AS plan, 0 AS actual FROM budget_instalments i JOIN tambons t ON t.id = i.tambon JOIN universities u ON u.id = t.university WHERE i.received_on != ''`,
  ];
  const idParts = [...keep, 'line', 'month'].map((k) => `${k}`).join(" || '/' || ");
  return `SELECT (${idParts}) AS id, ${cols}, CAST(line AS TEXT) AS line, CAST(month AS INTEGER) AS month, CAST(SUM(budget) AS REAL) AS budget, CAST(SUM(plan) AS REAL) AS plan, CAST(SUM(actual) AS REAL) AS actual FROM (${parts.join(' UNION ALL ')}) GROUP BY ${cols}, line, month`;
}

migrate(
  (app) => {
    const tambons = app.findCollectionByNameOrId('tambons');
    const users = app.findCollectionByNameOrId('users');

    const periods = new Collection({
      type: 'base',
      name: 'budget_periods',
      listRule: '@request.auth.id != ""',
      viewRule: '@request.auth.id != ""',
      createRule: '@request.auth.role = "central_admin"',
      updateRule: '@request.auth.role = "central_admin"',
      deleteRule: null,
      fields: [
        { name: 'code', type: 'text', required: true, max: 32, pattern: '^[A-Za-z0-9-]+$' },
        { name: 'name_th', type: 'text', required: true, max: 200 },
        { name: 'name_en', type: 'text', required: true, max: 200 },
        { name: 'first_year', type: 'number', required: true, onlyInt: true, min: 2000, max: 2200 },
        { name: 'first_month', type: 'number', required: true, onlyInt: true, min: 1, max: 12 },
        { name: 'months', type: 'number', required: true, onlyInt: true, min: 1, max: 36 },
        { name: 'active', type: 'bool' },
      ],
      indexes: ['CREATE UNIQUE INDEX idx_budget_periods_code ON budget_periods (code)'],
    });
    app.save(periods);

    const lines = new Collection({
      type: 'base',
      name: 'budget_lines',
      listRule: READ_TAMBON,
      viewRule: READ_TAMBON,
      // Budgets and plans are set by the university that runs the tambon.
      createRule: UNIVERSITY_STAFF,
      updateRule: `${UNIVERSITY_STAFF} && ${KEEP_KEYS} && @request.body.line:isset = false`,
      deleteRule: null,
      fields: [
        { name: 'tambon', type: 'relation', required: true, collectionId: tambons.id, maxSelect: 1, cascadeDelete: true },
        { name: 'period', type: 'relation', required: true, collectionId: periods.id, maxSelect: 1 },
        { name: 'line', type: 'select', required: true, maxSelect: 1, values: ['1.1', '1.2', '1.3', '2.1', '2.2', '2.3', '2.4', '2.5', '3.1'] },
        { name: 'budget', type: 'number', min: 0 },
        { name: 'plan', type: 'json', maxSize: 4000 },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_budget_lines_key ON budget_lines (tambon, period, line)',
        'CREATE INDEX idx_budget_lines_period ON budget_lines (period)',
      ],
    });
    app.save(lines);

    const reports = new Collection({
      type: 'base',
      name: 'budget_reports',
      listRule: READ_TAMBON,
      viewRule: READ_TAMBON,
      createRule: `((${EDITOR} && (@request.body.status = "draft" || (@request.body.status = "submitted" && @request.body.submitted_by = @request.auth.id)) && ${unset('approved_by', 'late_until', 'late_by', 'reopened')}) || (@request.auth.role = "central_admin" && @request.body.status = "draft" && @request.body.late_by = @request.auth.id))`,
      updateRule: `${KEEP_KEYS} && ((${REPORT_EDIT}) || (${REPORT_APPROVE}) || (${REPORT_REOPEN}) || (${REPORT_EXCEPTION}))`,
      deleteRule: null,
      fields: [
        { name: 'tambon', type: 'relation', required: true, collectionId: tambons.id, maxSelect: 1, cascadeDelete: true },
        { name: 'period', type: 'relation', required: true, collectionId: periods.id, maxSelect: 1 },
        { name: 'month', type: 'number', required: true, onlyInt: true, min: 1, max: 36 },
        { name: 'actuals', type: 'json', maxSize: 4000 },
        { name: 'remarks', type: 'json', maxSize: 20000 },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ['draft', 'submitted', 'approved'] },
        { name: 'submitted_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'submitted_at', type: 'date' },
        { name: 'approved_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'approved_at', type: 'date' },
        { name: 'reopened', type: 'bool' },
        { name: 'late_until', type: 'date' },
        { name: 'late_reason', type: 'text', max: 1000 },
        { name: 'late_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_budget_reports_key ON budget_reports (tambon, period, month)',
        'CREATE INDEX idx_budget_reports_month ON budget_reports (period, month, status)',
      ],
    });
    app.save(reports);

    const events = new Collection({
      type: 'base',
      name: 'budget_events',
      listRule: READ_TAMBON,
      viewRule: READ_TAMBON,
      // Append-only: anyone who may read a tambon's budget may add an event, signed with their own id.
      createRule: `${READ_TAMBON} && @request.body.by = @request.auth.id`,
      updateRule: null,
      deleteRule: null,
      fields: [
        { name: 'tambon', type: 'relation', required: true, collectionId: tambons.id, maxSelect: 1, cascadeDelete: true },
        { name: 'period', type: 'relation', required: true, collectionId: periods.id, maxSelect: 1 },
        { name: 'month', type: 'number', onlyInt: true, min: 0, max: 36 },
        { name: 'action', type: 'select', required: true, maxSelect: 1, values: ['plan', 'save', 'submit', 'approve', 'reopen', 'exception', 'instalment'] },
        { name: 'by', type: 'relation', required: true, collectionId: users.id, maxSelect: 1 },
        // The name as it was when acting: users may not read each other's records, yet the history names people.
        { name: 'by_name', type: 'text', max: 200 },
        { name: 'reason', type: 'text', max: 1000 },
        { name: 'changes', type: 'json', maxSize: 20000 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
      ],
      indexes: ['CREATE INDEX idx_budget_events_tambon ON budget_events (tambon, period, created)'],
    });
    app.save(events);

    const instalments = new Collection({
      type: 'base',
      name: 'budget_instalments',
      listRule: READ_TAMBON,
      viewRule: READ_TAMBON,
      createRule: '@request.auth.role = "central_admin"',
      updateRule: `@request.auth.role = "central_admin" && ${KEEP_KEYS} && @request.body.number:isset = false`,
      deleteRule: null,
      fields: [
        { name: 'tambon', type: 'relation', required: true, collectionId: tambons.id, maxSelect: 1, cascadeDelete: true },
        { name: 'period', type: 'relation', required: true, collectionId: periods.id, maxSelect: 1 },
        { name: 'number', type: 'number', required: true, onlyInt: true, min: 1, max: 2 },
        { name: 'amount', type: 'number', min: 0 },
        { name: 'received_on', type: 'date' },
      ],
      indexes: ['CREATE UNIQUE INDEX idx_budget_instalments_key ON budget_instalments (tambon, period, number)'],
    });
    app.save(instalments);

    const views = [
      { name: 'budget_rollup_university', keep: ['period', 'university', 'network'], rule: rollupRule(['network', 'university']) },
      { name: 'budget_rollup_network', keep: ['period', 'network'], rule: rollupRule(['network']) },
      { name: 'budget_rollup_national', keep: ['period'], rule: rollupRule([]) },
    ];
    for (const v of views) {
      app.save(new Collection({ type: 'view', name: v.name, listRule: v.rule, viewRule: v.rule, viewQuery: rollupSql(v.keep) }));
    }
  },
  (app) => {
    for (const name of [
      'budget_rollup_national',
      'budget_rollup_network',
      'budget_rollup_university',
      'budget_instalments',
      'budget_events',
      'budget_reports',
      'budget_lines',
      'budget_periods',
    ])
      app.delete(app.findCollectionByNameOrId(name));
  },
);
