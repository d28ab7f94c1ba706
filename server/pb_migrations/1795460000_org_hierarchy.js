/// <reference path="../pb_data/types.d.ts" />
// The organisation hierarchy central → network → university → tambon, and where each user sits in it.
// API rules enforce scope, so a token used directly against PocketBase sees what the server would show and no more.

const SIGNED_IN = '@request.auth.id != ""';
// Who may read a tambon: central everything, a network its universities' tambons, a university its own, a tambon user theirs.
const TAMBON_SCOPE = [
  '@request.auth.id != "" && (',
  '@request.auth.scope = "central"',
  '|| (@request.auth.scope = "network" && university.network = @request.auth.network)',
  '|| (@request.auth.scope = "university" && university = @request.auth.university)',
  '|| (@request.auth.scope = "tambon" && id = @request.auth.tambon)',
  ')',
].join(' ');
// A user may edit their own profile but never their role, placement or verification; only the central admin may.
const PLACEMENT_FIELDS = ['role', 'scope', 'network', 'university', 'tambon', 'verified'];
const SELF_EDIT =
  '(id = @request.auth.id && ' + PLACEMENT_FIELDS.map((f) => `@request.body.${f}:isset = false`).join(' && ') + ')';
const CENTRAL_ADMIN = '@request.auth.role = "central_admin"';

migrate(
  (app) => {
    const networks = new Collection({
      type: 'base',
      name: 'networks',
      listRule: SIGNED_IN,
      viewRule: SIGNED_IN,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [
        { name: 'code', type: 'text', required: true, max: 16, pattern: '^[A-Z0-9-]+$' },
        { name: 'name_th', type: 'text', required: true, max: 200 },
        { name: 'name_en', type: 'text', required: true, max: 200 },
        { name: 'order', type: 'number', onlyInt: true },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
      ],
      indexes: ['CREATE UNIQUE INDEX idx_networks_code ON networks (code)'],
    });
    app.save(networks);

    const universities = new Collection({
      type: 'base',
      name: 'universities',
      listRule: SIGNED_IN,
      viewRule: SIGNED_IN,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [
        { name: 'code', type: 'text', required: true, max: 16, pattern: '^[A-Z0-9-]+$' },
        { name: 'name_th', type: 'text', required: true, max: 200 },
        { name: 'name_en', type: 'text', required: true, max: 200 },
        { name: 'network', type: 'relation', required: true, collectionId: networks.id, maxSelect: 1, cascadeDelete: false },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_universities_code ON universities (code)',
        'CREATE INDEX idx_universities_network ON universities (network)',
      ],
    });
    app.save(universities);

    const tambons = new Collection({
      type: 'base',
      name: 'tambons',
      listRule: TAMBON_SCOPE,
      viewRule: TAMBON_SCOPE,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [
        // The 6-digit DOPA code: 2 digits province, 2 district, 2 tambon (e.g. 190204 ห้วยแห้ง, แก่งคอย, สระบุรี).
        { name: 'code', type: 'text', required: true, min: 6, max: 6, pattern: '^\\d{6}$' },
        { name: 'name_th', type: 'text', required: true, max: 200 },
        { name: 'district_code', type: 'text', required: true, min: 4, max: 4, pattern: '^\\d{4}$' },
        { name: 'district_th', type: 'text', required: true, max: 200 },
        { name: 'province_code', type: 'text', required: true, min: 2, max: 2, pattern: '^\\d{2}$' },
        { name: 'province_th', type: 'text', required: true, max: 200 },
        { name: 'university', type: 'relation', required: true, collectionId: universities.id, maxSelect: 1, cascadeDelete: false },
        { name: 'created', type: 'autodate', onCreate: true, onUpdate: false },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
      ],
      indexes: [
        'CREATE UNIQUE INDEX idx_tambons_code ON tambons (code)',
        'CREATE INDEX idx_tambons_university ON tambons (university)',
      ],
    });
    app.save(tambons);

    const users = app.findCollectionByNameOrId('users');
    users.fields.add(
      new SelectField({
        name: 'role',
        required: true,
        maxSelect: 1,
        values: ['central_admin', 'network_admin', 'university_staff', 'tambon_coordinator', 'worker', 'judge', 'agency_supervisor'],
      }),
    );
    users.fields.add(new SelectField({ name: 'scope', required: true, maxSelect: 1, values: ['central', 'network', 'university', 'tambon'] }));
    users.fields.add(new RelationField({ name: 'network', collectionId: networks.id, maxSelect: 1 }));
    users.fields.add(new RelationField({ name: 'university', collectionId: universities.id, maxSelect: 1 }));
    users.fields.add(new RelationField({ name: 'tambon', collectionId: tambons.id, maxSelect: 1 }));
    users.fields.add(new SelectField({ name: 'language', maxSelect: 1, values: ['th', 'en'] }));
    users.listRule = 'id = @request.auth.id || ' + CENTRAL_ADMIN;
    users.viewRule = 'id = @request.auth.id || ' + CENTRAL_ADMIN;
    users.createRule = null; // no self sign-up: accounts are issued by the programme
    users.updateRule = SELF_EDIT + ' || ' + CENTRAL_ADMIN;
    users.deleteRule = CENTRAL_ADMIN;
    app.save(users);
  },
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    for (const f of ['role', 'scope', 'network', 'university', 'tambon', 'language']) users.fields.removeByName(f);
    users.listRule = 'id = @request.auth.id';
    users.viewRule = 'id = @request.auth.id';
    users.createRule = '';
    users.updateRule = 'id = @request.auth.id';
    users.deleteRule = 'id = @request.auth.id';
    app.save(users);
    for (const name of ['tambons', 'universities', 'networks']) app.delete(app.findCollectionByNameOrId(name));
  },
);
