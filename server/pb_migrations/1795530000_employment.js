/// <reference path="../pb_data/types.d.ts" />
// The employment module (issue 9): positions per tambon, user agencies, people (one row per person nationally),
// applicants, selections, contracts, monthly work reports, payments and the audit row of every change. As for the
// budget and the assessment, only the platform's server writes these (create/update/delete rules null): it checks the
// domain's rules (eligibility, one active contract per person nationally, notice, the report workflow) and writes the
// change and its audit row in one batch as the superuser. A token sent straight to PocketBase reads what its ROLE and
// scope allow and nothing more.
//
// Rows read by place carry copies of their tambon, university and network (written by the server), so the rules and
// the dashboards' grouping need no join. Days of contracts are ISO 'YYYY-MM-DD' text: calendar days, no time zone.
//
// National IDs are `hidden` fields: PocketBase never returns them to a token, only to the server (superuser). The server
// shows the masked copy in lists and the whole ID to the roles that need it.
//
// Versioned (pb_hooks/versions.pb.js): positions, agencies, people, applicants, selections, contracts, reports. Every
// contract create, resignation and promotion updates the person's row from its version in the same batch, so two
// universities contracting one person at once cannot both land.

const STAFF_ROLE =
  '(@request.auth.role = "central_admin" || @request.auth.role = "network_admin" || @request.auth.role = "university_staff" || @request.auth.role = "tambon_coordinator")';

// Staff read by their scope. A worker (scope tambon) and an agency supervisor (scope university) are not staff: their
// scope alone must never open a tambon's or a university's rows to them.
const STAFF_SCOPED = [
  `(${STAFF_ROLE} && (`,
  '@request.auth.scope = "central"',
  '|| (@request.auth.scope = "network" && network = @request.auth.network)',
  '|| (@request.auth.scope = "university" && university = @request.auth.university)',
  '|| (@request.auth.scope = "tambon" && tambon != "" && tambon = @request.auth.tambon)',
  '))',
].join(' ');

// Agencies have no tambon: staff read them by university, network or the centre.
const STAFF_SCOPED_NO_TAMBON = [
  `(${STAFF_ROLE} && (`,
  '@request.auth.scope = "central"',
  '|| (@request.auth.scope = "network" && network = @request.auth.network)',
  '|| (@request.auth.scope = "university" && university = @request.auth.university)',
  '))',
].join(' ');

const SIGNED_IN = '@request.auth.id != ""';
const staffRead = `${SIGNED_IN} && ${STAFF_SCOPED}`;
// A contract, a report, a payment: staff by scope; the worker their own; the agency's supervisors those placed there.
const personalRead = [
  `${SIGNED_IN} && (`,
  STAFF_SCOPED,
  '|| (@request.auth.role = "worker" && worker = @request.auth.id)',
  '|| (@request.auth.role = "agency_supervisor" && agency != "" && agency.supervisors.id ?= @request.auth.id)',
  ')',
].join(' ');
const agencyRead = `${SIGNED_IN} && (${STAFF_SCOPED_NO_TAMBON} || (@request.auth.role = "agency_supervisor" && supervisors.id ?= @request.auth.id))`;

/** A collection that people read by `read` and only the server writes. */
const serverWritten = (name, read, fields, indexes) =>
  new Collection({ type: 'base', name, listRule: read, viewRule: read, createRule: null, updateRule: null, deleteRule: null, fields, indexes });

const WORKER_TYPES = ['citizen', 'graduate', 'student'];

migrate(
  (app) => {
    const tambons = app.findCollectionByNameOrId('tambons');
    const universities = app.findCollectionByNameOrId('universities');
    const networks = app.findCollectionByNameOrId('networks');
    const periods = app.findCollectionByNameOrId('budget_periods');
    const users = app.findCollectionByNameOrId('users');

    const version = { name: 'version', type: 'number', onlyInt: true, min: 0 };
    const created = { name: 'created', type: 'autodate', onCreate: true, onUpdate: false };
    const updated = { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true };
    const place = (required) => [
      { name: 'tambon', type: 'relation', required, collectionId: tambons.id, maxSelect: 1 },
      { name: 'university', type: 'relation', required, collectionId: universities.id, maxSelect: 1 },
      { name: 'network', type: 'relation', required, collectionId: networks.id, maxSelect: 1 },
    ];
    const type = { name: 'type', type: 'select', required: true, maxSelect: 1, values: WORKER_TYPES };
    const day = (name, required) => ({ name, type: 'text', required, pattern: '^(\\d{4}-\\d{2}-\\d{2})?$', max: 10 });

    const positions = serverWritten(
      'employment_positions',
      SIGNED_IN,
      [
        { name: 'period', type: 'relation', required: true, collectionId: periods.id, maxSelect: 1 },
        // Empty: the period's default for every tambon without its own row.
        { name: 'tambon', type: 'relation', collectionId: tambons.id, maxSelect: 1 },
        // {citizen:{count,rate},graduate:{…},student:{…}}, rates in baht (shared/domain/src/employment/workers.ts).
        { name: 'positions', type: 'json', required: true, maxSize: 2000 },
        version,
        updated,
      ],
      ['CREATE UNIQUE INDEX idx_employment_positions_key ON employment_positions (period, tambon)'],
    );
    app.save(positions);

    const agencies = serverWritten(
      'employment_agencies',
      agencyRead,
      [
        { name: 'university', type: 'relation', required: true, collectionId: universities.id, maxSelect: 1 },
        { name: 'network', type: 'relation', required: true, collectionId: networks.id, maxSelect: 1 },
        { name: 'name_th', type: 'text', required: true, max: 200 },
        { name: 'name_en', type: 'text', max: 200 },
        { name: 'needs', type: 'text', max: 2000 },
        { name: 'workplace', type: 'text', max: 2000 },
        { name: 'qualifications', type: 'text', max: 2000 },
        { name: 'requires_nda', type: 'bool' },
        // Users with the role agency_supervisor of the same university (checked by the server).
        { name: 'supervisors', type: 'relation', collectionId: users.id, maxSelect: 50 },
        version,
        updated,
      ],
      [
        'CREATE INDEX idx_employment_agencies_university ON employment_agencies (university)',
        'CREATE INDEX idx_employment_agencies_network ON employment_agencies (network)',
      ],
    );
    app.save(agencies);

    // One row per person nationally; its id is derived from the national ID by the server. Nobody reads it directly.
    const people = serverWritten('employment_people', null, [{ name: 'national_id', type: 'text', required: true, hidden: true, max: 13 }, version, updated], [
      'CREATE UNIQUE INDEX idx_employment_people_id ON employment_people (national_id)',
    ]);
    app.save(people);

    const applicants = serverWritten(
      'employment_applicants',
      staffRead,
      [
        { name: 'person', type: 'relation', required: true, collectionId: people.id, maxSelect: 1 },
        ...place(true),
        { name: 'national_id', type: 'text', required: true, hidden: true, max: 13 },
        { name: 'national_id_masked', type: 'text', max: 20 },
        { name: 'first_name', type: 'text', required: true, max: 200 },
        { name: 'last_name', type: 'text', required: true, max: 200 },
        type,
        // The 6-digit DOPA code of the ID card's address.
        { name: 'id_card_area', type: 'text', max: 6 },
        // A certified residence in the hiring area (ResidenceInput) or null.
        { name: 'residence', type: 'json', maxSize: 4000 },
        { name: 'phone', type: 'text', max: 40 },
        { name: 'email', type: 'text', max: 200 },
        // A number or null (PocketBase keeps an empty number as 0, and 0 is a score).
        { name: 'score', type: 'json', maxSize: 50 },
        { name: 'eligible', type: 'bool' },
        { name: 'basis', type: 'select', maxSelect: 1, values: ['domicile', 'certifiedResidence'] },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ['applicant', 'chosen', 'reserve', 'contracted', 'withdrawn'] },
        { name: 'rank', type: 'number', onlyInt: true },
        version,
        created,
        updated,
      ],
      [
        'CREATE UNIQUE INDEX idx_employment_applicants_key ON employment_applicants (tambon, person)',
        'CREATE INDEX idx_employment_applicants_person ON employment_applicants (person)',
        'CREATE INDEX idx_employment_applicants_tambon ON employment_applicants (tambon, type, status)',
        'CREATE INDEX idx_employment_applicants_university ON employment_applicants (university, status)',
        'CREATE INDEX idx_employment_applicants_network ON employment_applicants (network, status)',
      ],
    );
    app.save(applicants);

    const selections = serverWritten(
      'employment_selections',
      staffRead,
      [...place(true), type, { name: 'order', type: 'json', maxSize: 20000 }, version, updated],
      ['CREATE UNIQUE INDEX idx_employment_selections_key ON employment_selections (tambon, type)'],
    );
    app.save(selections);

    const contracts = serverWritten(
      'employment_contracts',
      personalRead,
      [
        { name: 'person', type: 'relation', required: true, collectionId: people.id, maxSelect: 1 },
        { name: 'applicant', type: 'relation', required: true, collectionId: applicants.id, maxSelect: 1 },
        ...place(true),
        // Copies of the applicant's name and masked ID: the worker and the agency's supervisors read the contract but
        // not the applicant.
        { name: 'first_name', type: 'text', required: true, max: 200 },
        { name: 'last_name', type: 'text', required: true, max: 200 },
        { name: 'national_id_masked', type: 'text', max: 20 },
        { name: 'agency', type: 'relation', collectionId: agencies.id, maxSelect: 1 },
        // The worker's account.
        { name: 'worker', type: 'relation', collectionId: users.id, maxSelect: 1 },
        type,
        day('start', true),
        day('end', true),
        { name: 'rate_satang', type: 'number', required: true, onlyInt: true, min: 1 },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ['active', 'resigned', 'ended'] },
        day('notice_on', false),
        day('last_working_day', false),
        { name: 'resign_reason', type: 'text', max: 1000 },
        { name: 'nda', type: 'file', maxSelect: 1, maxSize: 10485760, mimeTypes: ['application/pdf'], protected: true },
        version,
        created,
        updated,
      ],
      [
        'CREATE INDEX idx_employment_contracts_person ON employment_contracts (person, status)',
        'CREATE INDEX idx_employment_contracts_tambon ON employment_contracts (tambon, status, type)',
        'CREATE INDEX idx_employment_contracts_university ON employment_contracts (university, status, type)',
        'CREATE INDEX idx_employment_contracts_network ON employment_contracts (network, status, type)',
        'CREATE INDEX idx_employment_contracts_status ON employment_contracts (status, type)',
        'CREATE INDEX idx_employment_contracts_worker ON employment_contracts (worker)',
        'CREATE INDEX idx_employment_contracts_agency ON employment_contracts (agency)',
      ],
    );
    app.save(contracts);
    // The contract a promotion from the reserve replaced (self relation: added once the collection exists).
    contracts.fields.add(new RelationField({ name: 'replaces', collectionId: contracts.id, maxSelect: 1 }));
    app.save(contracts);

    const reports = serverWritten(
      'employment_reports',
      personalRead,
      [
        { name: 'contract', type: 'relation', required: true, collectionId: contracts.id, maxSelect: 1 },
        { name: 'worker', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'agency', type: 'relation', collectionId: agencies.id, maxSelect: 1 },
        ...place(true),
        { name: 'year', type: 'number', required: true, onlyInt: true, min: 2000, max: 2200 },
        { name: 'month', type: 'number', required: true, onlyInt: true, min: 1, max: 12 },
        { name: 'work', type: 'text', max: 5000 },
        { name: 'training', type: 'text', max: 2000 },
        { name: 'status', type: 'select', required: true, maxSelect: 1, values: ['draft', 'submitted', 'returned', 'accepted'] },
        { name: 'evaluation', type: 'select', maxSelect: 1, values: ['passed', 'failed'] },
        { name: 'return_reason', type: 'text', max: 1000 },
        { name: 'submitted_at', type: 'date' },
        { name: 'decided_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'decided_at', type: 'date' },
        version,
        created,
        updated,
      ],
      [
        'CREATE UNIQUE INDEX idx_employment_reports_key ON employment_reports (contract, year, month)',
        'CREATE INDEX idx_employment_reports_month ON employment_reports (year, month, status)',
        'CREATE INDEX idx_employment_reports_status ON employment_reports (status)',
        'CREATE INDEX idx_employment_reports_tambon ON employment_reports (tambon, status)',
        'CREATE INDEX idx_employment_reports_university ON employment_reports (university, status)',
        'CREATE INDEX idx_employment_reports_network ON employment_reports (network, status)',
        'CREATE INDEX idx_employment_reports_worker ON employment_reports (worker)',
        'CREATE INDEX idx_employment_reports_agency ON employment_reports (agency, status)',
      ],
    );
    app.save(reports);

    // Immutable: written once when a report is accepted.
    const payments = serverWritten(
      'employment_payments',
      personalRead,
      [
        { name: 'contract', type: 'relation', required: true, collectionId: contracts.id, maxSelect: 1 },
        { name: 'report', type: 'relation', required: true, collectionId: reports.id, maxSelect: 1 },
        { name: 'worker', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'agency', type: 'relation', collectionId: agencies.id, maxSelect: 1 },
        ...place(true),
        { name: 'year', type: 'number', required: true, onlyInt: true, min: 2000, max: 2200 },
        { name: 'month', type: 'number', required: true, onlyInt: true, min: 1, max: 12 },
        { name: 'line', type: 'select', required: true, maxSelect: 1, values: ['1.1', '1.2', '1.3'] },
        { name: 'amount_satang', type: 'number', required: true, onlyInt: true, min: 0 },
        { name: 'days', type: 'number', required: true, onlyInt: true, min: 0, max: 31 },
        day('due', true),
        { name: 'recorded_at', type: 'date', required: true },
        created,
      ],
      [
        'CREATE UNIQUE INDEX idx_employment_payments_report ON employment_payments (report)',
        'CREATE INDEX idx_employment_payments_contract ON employment_payments (contract, year, month)',
        'CREATE INDEX idx_employment_payments_month ON employment_payments (year, month)',
        'CREATE INDEX idx_employment_payments_tambon ON employment_payments (tambon, year, month)',
        'CREATE INDEX idx_employment_payments_university ON employment_payments (university, year, month)',
        'CREATE INDEX idx_employment_payments_network ON employment_payments (network, year, month)',
        'CREATE INDEX idx_employment_payments_worker ON employment_payments (worker)',
      ],
    );
    app.save(payments);

    const events = serverWritten(
      'employment_events',
      staffRead,
      [
        { name: 'contract', type: 'relation', collectionId: contracts.id, maxSelect: 1 },
        { name: 'applicant', type: 'relation', collectionId: applicants.id, maxSelect: 1 },
        // An agency's or the period positions' change has no tambon.
        ...place(false),
        {
          name: 'action',
          type: 'select',
          required: true,
          maxSelect: 1,
          values: ['positions', 'applicant', 'import', 'select', 'contract', 'report.submit', 'report.accept', 'report.return', 'resign', 'promote', 'agency'],
        },
        { name: 'by', type: 'relation', required: true, collectionId: users.id, maxSelect: 1 },
        // The name as it was when acting: users may not read each other's records, yet the history names people.
        { name: 'by_name', type: 'text', max: 200 },
        { name: 'reason', type: 'text', max: 1000 },
        { name: 'changes', type: 'json', maxSize: 200000 },
        created,
      ],
      [
        'CREATE INDEX idx_employment_events_contract ON employment_events (contract, created)',
        'CREATE INDEX idx_employment_events_applicant ON employment_events (applicant, created)',
        'CREATE INDEX idx_employment_events_tambon ON employment_events (tambon, created)',
      ],
    );
    app.save(events);
  },
  (app) => {
    for (const name of [
      'employment_events',
      'employment_payments',
      'employment_reports',
      'employment_contracts',
      'employment_selections',
      'employment_applicants',
      'employment_people',
      'employment_agencies',
      'employment_positions',
    ])
      app.delete(app.findCollectionByNameOrId(name));
  },
);
