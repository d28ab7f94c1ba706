/// <reference path="../pb_data/types.d.ts" />
// The module registry: which module releases exist (written by the release step) and which network enables which
// module (written by the central admin for any network and by a network admin for their own).

const SIGNED_IN = '@request.auth.id != ""';
const MAY_SWITCH =
  '(@request.auth.role = "central_admin" || (@request.auth.role = "network_admin" && @request.auth.scope = "network" && network = @request.auth.network))' +
  ' && @request.body.changed_by = @request.auth.id';
const NAMES = ['assessment', 'budget', 'employment', 'training', 'pitching'];

migrate(
  (app) => {
    const modules = new Collection({
      type: 'base',
      name: 'modules',
      // Public: the page's import map is built from it before anyone signs in; where code lives is no secret.
      listRule: '',
      viewRule: '',
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [
        { name: 'name', type: 'select', required: true, maxSelect: 1, values: NAMES },
        { name: 'version', type: 'text', required: true, max: 64 },
        { name: 'entry', type: 'text', required: true, max: 500 },
        { name: 'manifest', type: 'json', required: true, maxSize: 20000 },
        { name: 'released', type: 'autodate', onCreate: true, onUpdate: true },
      ],
      indexes: ['CREATE UNIQUE INDEX idx_modules_name ON modules (name)'],
    });
    app.save(modules);

    const networks = app.findCollectionByNameOrId('networks');
    const users = app.findCollectionByNameOrId('users');
    const settings = new Collection({
      type: 'base',
      name: 'module_settings',
      listRule: SIGNED_IN,
      viewRule: SIGNED_IN,
      createRule: MAY_SWITCH,
      updateRule: MAY_SWITCH + ' && @request.body.network:isset = false && @request.body.module:isset = false',
      deleteRule: null,
      fields: [
        { name: 'network', type: 'relation', required: true, collectionId: networks.id, maxSelect: 1, cascadeDelete: true },
        { name: 'module', type: 'select', required: true, maxSelect: 1, values: NAMES },
        { name: 'enabled', type: 'bool' },
        { name: 'changed_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
        { name: 'updated', type: 'autodate', onCreate: true, onUpdate: true },
      ],
      indexes: ['CREATE UNIQUE INDEX idx_module_settings ON module_settings (network, module)'],
    });
    app.save(settings);
  },
  (app) => {
    app.delete(app.findCollectionByNameOrId('module_settings'));
    app.delete(app.findCollectionByNameOrId('modules'));
  },
);
