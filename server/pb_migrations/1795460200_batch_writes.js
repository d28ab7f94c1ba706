/// <reference path="../pb_data/types.d.ts" />
// Batch requests make multi-record writes all-or-nothing: one transaction, so nothing is ever half-written.
// The seeds and every module that saves several records at once rely on it.
migrate(
  (app) => {
    const settings = app.settings();
    settings.batch.enabled = true;
    settings.batch.maxRequests = 500;
    settings.batch.timeout = 30;
    settings.batch.maxBodySize = 0; // PocketBase's default limit
    app.save(settings);
  },
  (app) => {
    const settings = app.settings();
    settings.batch.enabled = false;
    app.save(settings);
  },
);
