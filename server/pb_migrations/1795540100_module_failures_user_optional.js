/// <reference path="../pb_data/types.d.ts" />
// A browser's failure report keeps its module, version, network and message when the user who sent it is deleted:
// with `user` required (1795540000) PocketBase refused to delete anyone who had ever sent a report. The server still
// names the sender on every report it writes; only a deleted account's reports lose the name.
migrate(
  (app) => {
    const c = app.findCollectionByNameOrId('module_failures');
    c.fields.getByName('user').required = false;
    app.save(c);
  },
  (app) => {
    const c = app.findCollectionByNameOrId('module_failures');
    c.fields.getByName('user').required = true;
    app.save(c);
  },
);
