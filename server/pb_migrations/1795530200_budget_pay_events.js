/// <reference path="../pb_data/types.d.ts" />
// The budget link (issue 9): accepting a worker's monthly report writes that month's pay into budget lines 1.1–1.3.
// The tambon's budget history says so with an action of its own, 'pay' — the accepted pay, before → after, and who
// accepted it — so the history of a month explains every figure it holds, typed or paid.

const ACTIONS = ['plan', 'save', 'submit', 'approve', 'reopen', 'exception', 'instalment'];

const setActions = (app, values) => {
  const events = app.findCollectionByNameOrId('budget_events');
  events.fields.getByName('action').values = values;
  app.save(events);
};

migrate(
  (app) => setActions(app, [...ACTIONS, 'pay']),
  (app) => {
    app.db().newQuery("DELETE FROM budget_events WHERE action = 'pay'").execute();
    setActions(app, ACTIONS);
  },
);
