/// <reference path="../pb_data/types.d.ts" />
// The assessment module: the rounds the central office opens for a programme period, the tier thresholds, each
// tambon's assessment form per round, and the audit row of every change. As for the budget since 1795500000, only the
// platform's server writes these (create/update/delete rules null): it checks the workflow, the window and the form
// first, then writes the change and its audit row in one batch as the superuser. A token sent straight to PocketBase
// may read what its scope allows and nothing more.
//
// Rounds, settings and forms carry a `version` (pb_hooks/versions.pb.js): of two people who opened the same form only
// the first save lands.

const ASSESSMENT_ROLE =
  '(@request.auth.role = "central_admin" || @request.auth.role = "network_admin" || @request.auth.role = "university_staff" || @request.auth.role = "tambon_coordinator")';

// A form is read by its tambon's university, network, coordinator and the centre. The server copies the tambon's
// university and network onto the form when it writes it, so the rule (and the dashboards' grouping) need no join.
const READ_SCOPED = [
  `@request.auth.id != "" && ${ASSESSMENT_ROLE} && (`,
  '@request.auth.scope = "central"',
  '|| (@request.auth.scope = "network" && network = @request.auth.network)',
  '|| (@request.auth.scope = "university" && university = @request.auth.university)',
  '|| (@request.auth.scope = "tambon" && tambon != "" && tambon = @request.auth.tambon)',
  ')',
].join(' ');

/** A collection that people read by `read` and only the server writes. */
const serverWritten = (name, read, fields, indexes) =>
  new Collection({ type: 'base', name, listRule: read, viewRule: read, createRule: null, updateRule: null, deleteRule: null, fields, indexes });

migrate(
  (app) => {
    const tambons = app.findCollectionByNameOrId('tambons');
    const universities = app.findCollectionByNameOrId('universities');
    const networks = app.findCollectionByNameOrId('networks');
    const periods = app.findCollectionByNameOrId('budget_periods');
    const users = app.findCollectionByNameOrId('users');

    const rounds = serverWritten(
      'assessment_rounds',
      `@request.auth.id != "" && ${ASSESSMENT_ROLE}`,
      [
        { name: 'period', type: 'relation', required: true, collectionId: periods.id, maxSelect: 1 },
        { name: 'kind', type: 'select', required: true, maxSelect: 1, values: ['baseline', 'quarterly', 'final'] },
        // 1–4 for a quarterly round, 0 for the baseline and the final.
        { name: 'quarter', type: 'number', onlyInt: true, min: 0, max: 4 },
        // 00:00 Bangkok of the first day; the first instant after the last day.
        { name: 'opens', type: 'date', required: true },
        { name: 'closes', type: 'date', required: true },
        { name: 'version', type: 'number', onlyInt: true, min: 0 },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
      ],
      [
        // One baseline, one final and one round per quarter in a period.
        'CREATE UNIQUE INDEX idx_assessment_rounds_key ON assessment_rounds (period, kind, quarter)',
        'CREATE INDEX idx_assessment_rounds_opens ON assessment_rounds (period, opens)',
      ],
    );
    app.save(rounds);

    const settings = serverWritten(
      'assessment_settings',
      '@request.auth.id != ""',
      [
        { name: 'key', type: 'text', required: true, max: 32 },
        // Minimum number of the 16 goals met for each tier.
        { name: 'sustainable', type: 'number', required: true, onlyInt: true, min: 1, max: 16 },
        { name: 'sufficiency', type: 'number', required: true, onlyInt: true, min: 1, max: 16 },
        { name: 'survive', type: 'number', required: true, onlyInt: true, min: 1, max: 16 },
        { name: 'version', type: 'number', onlyInt: true, min: 0 },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
      ],
      ['CREATE UNIQUE INDEX idx_assessment_settings_key ON assessment_settings (key)'],
    );
    app.save(settings);

    // Where a record sits: its tambon, the tambon's university and network (copied by the server), and its round.
    const placeFields = (required) => [
      { name: 'tambon', type: 'relation', required, collectionId: tambons.id, maxSelect: 1, cascadeDelete: true },
      { name: 'university', type: 'relation', required, collectionId: universities.id, maxSelect: 1 },
      { name: 'network', type: 'relation', required, collectionId: networks.id, maxSelect: 1 },
      { name: 'round', type: 'relation', required, collectionId: rounds.id, maxSelect: 1 },
    ];

    const forms = serverWritten(
      'assessment_forms',
      READ_SCOPED,
      [
        ...placeFields(true),
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ['draft', 'submitted', 'approved'] },
        // TambonForm (shared/domain/src/assessment/form.ts); bounded by FORM_LIMITS, checked by the server.
        { name: 'form', type: 'json', maxSize: 2000000 },
        // Computed by the server from `form` on every save (never from input), so the database can count tiers:
        // how many goals are met (✓), and bit i = GOAL_CODES[i] of the goals met and of those only expected (✗).
        { name: 'goals_met', type: 'number', onlyInt: true, min: 0, max: 16 },
        { name: 'goals_mask', type: 'number', onlyInt: true, min: 0 },
        { name: 'expected_mask', type: 'number', onlyInt: true, min: 0 },
        { name: 'submitted_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'submitted_at', type: 'date' },
        { name: 'approved_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'approved_at', type: 'date' },
        { name: 'reopened', type: 'bool' },
        { name: 'late_until', type: 'date' },
        { name: 'late_reason', type: 'text', max: 1000 },
        { name: 'late_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'version', type: 'number', onlyInt: true, min: 0 },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
      ],
      [
        'CREATE UNIQUE INDEX idx_assessment_forms_key ON assessment_forms (tambon, round)',
        'CREATE INDEX idx_assessment_forms_university ON assessment_forms (round, university, status)',
        'CREATE INDEX idx_assessment_forms_network ON assessment_forms (round, network, status)',
      ],
    );
    app.save(forms);

    const events = serverWritten(
      'assessment_events',
      READ_SCOPED,
      [
        // What changed: a tambon's form, a university's USI report, a network's RSI report, a round, the thresholds.
        { name: 'kind', type: 'select', required: true, maxSelect: 1, values: ['form', 'usi', 'rsi', 'round', 'settings'] },
        { name: 'record', type: 'text', max: 32 },
        // Where: the form's tambon (with its university and network), a university, a network; none for rounds and
        // settings, which only the centre reads here.
        ...placeFields(false),
        {
          name: 'action',
          type: 'select',
          required: true,
          maxSelect: 1,
          values: ['create', 'save', 'submit', 'approve', 'reopen', 'exception', 'file', 'fileRemoved'],
        },
        { name: 'by', type: 'relation', required: true, collectionId: users.id, maxSelect: 1 },
        // The name as it was when acting: users may not read each other's records, yet the history names people.
        { name: 'by_name', type: 'text', max: 200 },
        { name: 'reason', type: 'text', max: 1000 },
        // The record's state before → after (status, goals met, dates, thresholds…), and for a form the cells that
        // changed (CellChange[], shared/domain/src/assessment/carry.ts), so a history reads without replaying forms.
        { name: 'before', type: 'json', maxSize: 200000 },
        { name: 'after', type: 'json', maxSize: 200000 },
        { name: 'changes', type: 'json', maxSize: 4000000 },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
      ],
      [
        'CREATE INDEX idx_assessment_events_record ON assessment_events (record, created)',
        'CREATE INDEX idx_assessment_events_tambon ON assessment_events (tambon, round, created)',
      ],
    );
    app.save(events);
  },
  (app) => {
    for (const name of ['assessment_events', 'assessment_forms', 'assessment_settings', 'assessment_rounds']) app.delete(app.findCollectionByNameOrId(name));
  },
);
