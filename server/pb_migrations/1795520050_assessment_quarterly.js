/// <reference path="../pb_data/types.d.ts" />
// The assessment module's quarterly reports and evidence files: each university's USI report and each network's RSI
// report per round (the indicators, a note per tambon goal, the 12-month impact summary), and the files a tambon's
// form cites as evidence for indicators 2–14. As for the forms (1795520000), only the platform's server writes these,
// after its checks, with the audit row in the same batch; a token sent straight to PocketBase reads what its scope
// allows and nothing more. A report carries a `version` (pb_hooks/versions.pb.js): of two people who opened it, only
// the first save lands.

const ASSESSMENT_ROLE =
  '(@request.auth.role = "central_admin" || @request.auth.role = "network_admin" || @request.auth.role = "university_staff" || @request.auth.role = "tambon_coordinator")';

// A university's report: its own staff, its network and the centre.
const READ_UNIVERSITY = [
  `@request.auth.id != "" && ${ASSESSMENT_ROLE} && (`,
  '@request.auth.scope = "central"',
  '|| (@request.auth.scope = "network" && network = @request.auth.network)',
  '|| (@request.auth.scope = "university" && university = @request.auth.university)',
  ')',
].join(' ');

// A network's report: its own admins and the centre.
const READ_NETWORK = [`@request.auth.id != "" && ${ASSESSMENT_ROLE} && (`, '@request.auth.scope = "central"', '|| (@request.auth.scope = "network" && network = @request.auth.network)', ')'].join(' ');

// A form's evidence is read by whoever reads the form: its university, network, the tambon's coordinator, the centre.
const READ_TAMBON = [
  `@request.auth.id != "" && ${ASSESSMENT_ROLE} && (`,
  '@request.auth.scope = "central"',
  '|| (@request.auth.scope = "network" && network = @request.auth.network)',
  '|| (@request.auth.scope = "university" && university = @request.auth.university)',
  '|| (@request.auth.scope = "tambon" && tambon = @request.auth.tambon)',
  ')',
].join(' ');

/** The evidence a form accepts: documents and pictures people have, nothing a browser would run. */
const EVIDENCE_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];
const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

migrate(
  (app) => {
    const tambons = app.findCollectionByNameOrId('tambons');
    const universities = app.findCollectionByNameOrId('universities');
    const networks = app.findCollectionByNameOrId('networks');
    const rounds = app.findCollectionByNameOrId('assessment_rounds');
    const users = app.findCollectionByNameOrId('users');

    // What both reports hold besides their place: the indicators ({code: text}), a note per goal ({goal: text}) and
    // the 12-month impact summary; submitted locks the report until its overseer reopens it.
    const reportFields = () => [
      { name: 'round', type: 'relation', required: true, collectionId: rounds.id, maxSelect: 1 },
      { name: 'status', type: 'select', required: true, maxSelect: 1, values: ['draft', 'submitted'] },
      { name: 'indicators', type: 'json', maxSize: 100000 },
      { name: 'goal_notes', type: 'json', maxSize: 100000 },
      { name: 'impact', type: 'text', max: 10000 },
      { name: 'submitted_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
      { name: 'submitted_at', type: 'date' },
      { name: 'version', type: 'number', onlyInt: true, min: 0 },
      { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
    ];

    app.save(
      new Collection({
        type: 'base',
        name: 'assessment_university',
        listRule: READ_UNIVERSITY,
        viewRule: READ_UNIVERSITY,
        createRule: null,
        updateRule: null,
        deleteRule: null,
        fields: [
          { name: 'university', type: 'relation', required: true, collectionId: universities.id, maxSelect: 1, cascadeDelete: true },
          // Copied from the university by the server, so the read rule needs no join.
          { name: 'network', type: 'relation', required: true, collectionId: networks.id, maxSelect: 1 },
          ...reportFields(),
        ],
        indexes: ['CREATE UNIQUE INDEX idx_assessment_university_key ON assessment_university (university, round)'],
      }),
    );

    app.save(
      new Collection({
        type: 'base',
        name: 'assessment_network',
        listRule: READ_NETWORK,
        viewRule: READ_NETWORK,
        createRule: null,
        updateRule: null,
        deleteRule: null,
        fields: [{ name: 'network', type: 'relation', required: true, collectionId: networks.id, maxSelect: 1, cascadeDelete: true }, ...reportFields()],
        indexes: ['CREATE UNIQUE INDEX idx_assessment_network_key ON assessment_network (network, round)'],
      }),
    );

    app.save(
      new Collection({
        type: 'base',
        name: 'assessment_files',
        listRule: READ_TAMBON,
        viewRule: READ_TAMBON,
        createRule: null,
        updateRule: null,
        deleteRule: null,
        fields: [
          // (tambon, round) names the form: a file may be added before the form is first saved.
          { name: 'tambon', type: 'relation', required: true, collectionId: tambons.id, maxSelect: 1, cascadeDelete: true },
          { name: 'university', type: 'relation', required: true, collectionId: universities.id, maxSelect: 1 },
          { name: 'network', type: 'relation', required: true, collectionId: networks.id, maxSelect: 1 },
          { name: 'round', type: 'relation', required: true, collectionId: rounds.id, maxSelect: 1, cascadeDelete: true },
          // The form's column (an activity's key, 'covid' or 'data') and the text indicator (2–14) the file supports.
          { name: 'column', type: 'text', required: true, max: 32, pattern: '^[A-Za-z0-9_-]+$' },
          { name: 'indicator', type: 'select', required: true, maxSelect: 1, values: ['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'] },
          // Protected: served only with a file token of someone the read rule lets in (the server's download route).
          { name: 'file', type: 'file', required: true, maxSelect: 1, maxSize: EVIDENCE_MAX_BYTES, mimeTypes: EVIDENCE_TYPES, protected: true },
          // The name the person's file had, for the list and the download (the stored name is PocketBase's).
          { name: 'name', type: 'text', required: true, max: 200 },
          { name: 'size', type: 'number', onlyInt: true, min: 0 },
          { name: 'by', type: 'relation', required: true, collectionId: users.id, maxSelect: 1 },
          { name: 'by_name', type: 'text', max: 200 },
          { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        ],
        indexes: ['CREATE INDEX idx_assessment_files_form ON assessment_files (tambon, round, column, indicator)'],
      }),
    );
  },
  (app) => {
    for (const name of ['assessment_files', 'assessment_network', 'assessment_university']) app.delete(app.findCollectionByNameOrId(name));
  },
);
