/// <reference path="../pb_data/types.d.ts" />
// Budget roll-up totals, maintained inside the write's own transaction (see budget_sums.js).

onRecordCreateExecute(
  (e) => {
    e.next();
    require(`${__hooks}/budget_sums.js`).apply(e.app, e.record.collection().name, null, e.record);
  },
  'budget_lines',
  'budget_reports',
  'budget_instalments',
);

onRecordUpdateExecute(
  (e) => {
    const before = e.record.original();
    e.next();
    require(`${__hooks}/budget_sums.js`).apply(e.app, e.record.collection().name, before, e.record);
  },
  'budget_lines',
  'budget_reports',
  'budget_instalments',
);

onRecordDeleteExecute(
  (e) => {
    e.next();
    require(`${__hooks}/budget_sums.js`).apply(e.app, e.record.collection().name, e.record, null);
  },
  'budget_lines',
  'budget_reports',
  'budget_instalments',
);
