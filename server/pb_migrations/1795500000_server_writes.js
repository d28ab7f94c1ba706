/// <reference path="../pb_data/types.d.ts" />
// Writes go through the server only. The budget's records, the module switches and people's profiles are written by
// the platform's server (as a PocketBase superuser) after its own checks pass, in one transaction with the history
// row that names the real actor; a token sent straight to PocketBase may still read what its scope allows (read
// rules unchanged) but no longer create, change or delete any of them. Rules that tried to restate the workflow
// could be walked around (a submitted report for month 36, negative amounts, an "approve" history row signed by
// someone else); "nobody but the server" cannot.
//
// Records people edit in forms carry a `version`: pb_hooks/versions.pb.js refuses, inside the write's transaction,
// an update that does not name the next version, so a second writer gets a conflict instead of overwriting the first.

const SERVER_ONLY = ['budget_periods', 'budget_lines', 'budget_reports', 'budget_events', 'budget_instalments', 'module_settings'];
const VERSIONED = ['budget_periods', 'budget_lines', 'budget_reports', 'module_settings'];

migrate(
  (app) => {
    for (const name of SERVER_ONLY) {
      const c = app.findCollectionByNameOrId(name);
      c.createRule = null;
      c.updateRule = null;
      c.deleteRule = null;
      if (VERSIONED.includes(name)) c.fields.add(new NumberField({ name: 'version', onlyInt: true, min: 0 }));
      if (name === 'budget_events') {
        // Who and when are the row's `by`, `by_name` and `created`; what changed is before → after.
        c.fields.add(new JSONField({ name: 'before', maxSize: 20000 }));
        c.fields.add(new JSONField({ name: 'after', maxSize: 20000 }));
      }
      app.save(c);
    }
    // People change their language through the server (auth.setLanguage); their name is what the history shows of
    // them, so only the central office changes a profile directly.
    const users = app.findCollectionByNameOrId('users');
    users.updateRule = '@request.auth.role = "central_admin"';
    app.save(users);
  },
  (app) => {
    const budgetRole =
      '(@request.auth.role = "central_admin" || @request.auth.role = "network_admin" || @request.auth.role = "university_staff" || @request.auth.role = "tambon_coordinator")';
    const readTambon = [
      `@request.auth.id != "" && ${budgetRole} && (`,
      '@request.auth.scope = "central"',
      '|| (@request.auth.scope = "network" && tambon.university.network = @request.auth.network)',
      '|| (@request.auth.scope = "university" && tambon.university = @request.auth.university)',
      '|| (@request.auth.scope = "tambon" && tambon = @request.auth.tambon)',
      ')',
    ].join(' ');
    const universityStaff = '(@request.auth.role = "university_staff" && tambon.university = @request.auth.university)';
    const keepKeys = '@request.body.tambon:isset = false && @request.body.period:isset = false';
    const maySwitch =
      '(@request.auth.role = "central_admin" || (@request.auth.role = "network_admin" && @request.auth.scope = "network" && network = @request.auth.network))' +
      ' && @request.body.changed_by = @request.auth.id';
    // The first migrations' rules, except the monthly reports' workflow rules, which stay server-only on the way
    // back rather than reopen the holes this migration closed.
    const back = {
      budget_periods: ['@request.auth.role = "central_admin"', '@request.auth.role = "central_admin"', null],
      budget_lines: [universityStaff, `${universityStaff} && ${keepKeys} && @request.body.line:isset = false`, null],
      budget_reports: [null, null, null],
      budget_events: [`${readTambon} && @request.body.by = @request.auth.id`, null, null],
      budget_instalments: ['@request.auth.role = "central_admin"', `@request.auth.role = "central_admin" && ${keepKeys} && @request.body.number:isset = false`, null],
      module_settings: [maySwitch, `${maySwitch} && @request.body.network:isset = false && @request.body.module:isset = false`, null],
    };
    for (const name of SERVER_ONLY) {
      const c = app.findCollectionByNameOrId(name);
      [c.createRule, c.updateRule, c.deleteRule] = back[name];
      if (VERSIONED.includes(name)) c.fields.removeByName('version');
      if (name === 'budget_events') {
        c.fields.removeByName('before');
        c.fields.removeByName('after');
      }
      app.save(c);
    }
    const users = app.findCollectionByNameOrId('users');
    const placement = ['role', 'scope', 'network', 'university', 'tambon', 'verified'].map((f) => `@request.body.${f}:isset = false`).join(' && ');
    users.updateRule = `(id = @request.auth.id && ${placement}) || @request.auth.role = "central_admin"`;
    app.save(users);
  },
);
