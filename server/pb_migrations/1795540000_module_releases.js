/// <reference path="../pb_data/types.d.ts" />
// Module releases (issue 10): every published version of a module (module_versions), which version each network runs
// (module_settings.active_version, '' = the module's default in `modules`) and the last one that mounted there
// (last_good_version, the browser's fallback), the history of every publish, activation and rollback, and the load and
// mount failures browsers report. Only the platform's server writes these (create/update/delete rules null): it checks
// contracts, versions and who may choose for which network, and writes the change and its history row in one batch as
// the superuser, naming the real actor.
//
// Reads: published versions by the central and the network admins (the release pages); the history and the
// failures by the central admin, and by a network admin those of their own network (history also the defaults
// every network follows, network = '').

const NAMES = ['assessment', 'budget', 'employment', 'training', 'pitching'];

const CENTRAL = '@request.auth.role = "central_admin"';
const NETWORK_ADMIN = '(@request.auth.role = "network_admin" && @request.auth.scope = "network" && @request.auth.network != "")';
const ADMINS = `(${CENTRAL} || @request.auth.role = "network_admin")`;
const HISTORY_READ = `(${CENTRAL} || (${NETWORK_ADMIN} && (network = "" || network = @request.auth.network)))`;
const FAILURES_READ = `(${CENTRAL} || (${NETWORK_ADMIN} && network != "" && network = @request.auth.network))`;

const serverWritten = (name, read, fields, indexes) =>
  new Collection({ type: 'base', name, listRule: read, viewRule: read, createRule: null, updateRule: null, deleteRule: null, fields, indexes });

migrate(
  (app) => {
    const users = app.findCollectionByNameOrId('users');
    const networks = app.findCollectionByNameOrId('networks');
    const module = { name: 'module', type: 'select', required: true, maxSelect: 1, values: NAMES };
    const created = { name: 'created', type: 'autodate', onCreate: true, onUpdate: false };
    const version = (name, required) => ({ name, type: 'text', required, max: 64 });

    app.save(
      serverWritten(
        'module_versions',
        ADMINS,
        [
          module,
          version('version', true),
          { name: 'manifest', type: 'json', required: true, maxSize: 20000 },
          // /modules/<module>/<version>/spa.js
          { name: 'entry', type: 'text', required: true, max: 500 },
          // Empty: published by the release script (pnpm release, the platform's start), not a person.
          { name: 'published_by', type: 'relation', collectionId: users.id, maxSelect: 1 },
          { name: 'note', type: 'text', max: 1000 },
          created,
        ],
        ['CREATE UNIQUE INDEX idx_module_versions ON module_versions (module, version)'],
      ),
    );

    app.save(
      serverWritten(
        'module_history',
        HISTORY_READ,
        [
          module,
          // Empty: the module's default, for every network without a choice of its own.
          { name: 'network', type: 'relation', collectionId: networks.id, maxSelect: 1 },
          { name: 'kind', type: 'select', required: true, maxSelect: 1, values: ['publish', 'activate', 'rollback'] },
          version('from_version', false),
          version('to_version', true),
          { name: 'reason', type: 'text', max: 1000 },
          // Empty: the release script.
          { name: 'actor', type: 'relation', collectionId: users.id, maxSelect: 1 },
          created,
        ],
        ['CREATE INDEX idx_module_history ON module_history (module, created)'],
      ),
    );

    app.save(
      serverWritten(
        'module_failures',
        FAILURES_READ,
        [
          module,
          version('version', true),
          { name: 'network', type: 'relation', collectionId: networks.id, maxSelect: 1 },
          { name: 'kind', type: 'select', required: true, maxSelect: 1, values: ['load', 'mount', 'contract'] },
          { name: 'message', type: 'text', max: 300 },
          { name: 'user', type: 'relation', required: true, collectionId: users.id, maxSelect: 1 },
          created,
        ],
        [
          // The health page: a module's failures in a network over the last day.
          'CREATE INDEX idx_module_failures ON module_failures (module, network, created)',
          // The reporting limit: one user's reports in the last hour.
          'CREATE INDEX idx_module_failures_user ON module_failures (user, created)',
        ],
      ),
    );

    const settings = app.findCollectionByNameOrId('module_settings');
    // '' = follows the module's default (the `modules` row).
    settings.fields.add(new TextField({ name: 'active_version', max: 64 }));
    // The last version that mounted in this network's browsers: the fallback when the active one fails.
    settings.fields.add(new TextField({ name: 'last_good_version', max: 64 }));
    app.save(settings);
  },
  (app) => {
    const settings = app.findCollectionByNameOrId('module_settings');
    settings.fields.removeByName('active_version');
    settings.fields.removeByName('last_good_version');
    app.save(settings);
    for (const name of ['module_failures', 'module_history', 'module_versions']) app.delete(app.findCollectionByNameOrId(name));
  },
);
