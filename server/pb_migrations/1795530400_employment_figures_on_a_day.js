/// <reference path="../pb_data/types.d.ts" />
// The employment figures on the day asked for, not on the database's own day. 1795530300 counted "hired" (in force)
// on date('now', '+7 hours'), so a platform whose clock stands elsewhere — the demo inside a reporting window, the
// e2e stories at 28 Feb 2564, a test ten days back, the national bench inside the seed's year — was told the counts of
// another day, and the server had to re-count every contract of the scope itself there. Now the day is an input:
//
//   - calendar_days: one row per calendar day, 2000-01-01 to 2099-12-31 (36,525 rows; written here, read by nobody
//     through the API — the views join it);
//   - the two figure views join it: each row is a place on a day (id: day id + place id, a `day` column), and each
//     in-force count compares with d.day where it compared with today. A filter on `day` (and the place) goes
//     straight to the one day's row — the views are plain joins SQLite flattens — and the counts read the same
//     covering indexes (place, type, start, end, last_working_day, status) as before;
//   - their rules also require `day = @request.query.day`: a caller names the one day they ask about (`?day=…`), so
//     no list through the API ever walks 36,525 days × every place.
//
// The rule is shared/domain/src/employment/dashboard.ts inForceOn; server/test/employmentDashboard.test.ts holds these
// views to it on any day.

const TODAY = "date('now', '+7 hours')";
const DAY = 'd.day';
const ON_A_DAY = ' && day = @request.query.day';
const FIRST = '2000-01-01';
const LAST = '2099-12-31';

const VIEWS = [
  {
    name: 'employment_university_figures',
    select: ['SELECT u.id AS id,', 'SELECT (d.id || u.id) AS id, d.day AS day,'],
    from: [' FROM universities u', ' FROM calendar_days d CROSS JOIN universities u'],
  },
  {
    name: 'employment_tambon_figures',
    select: ['SELECT t.id AS id,', 'SELECT (d.id || t.id) AS id, d.day AS day,'],
    from: [' FROM tambons t JOIN universities u ON u.id = t.university', ' FROM calendar_days d CROSS JOIN tambons t JOIN universities u ON u.id = t.university'],
  },
];

/** Replaces `from` once in `text`, refusing when the text is not the one this migration was written against. */
function once(name, text, from, to) {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`${name}: expected "${from}" once in the view, found it ${parts.length - 1} times`);
  return parts.join(to);
}

function rewrite(app, forward) {
  for (const v of VIEWS) {
    const c = app.findCollectionByNameOrId(v.name);
    let q = c.viewQuery;
    const [a, b] = forward ? [0, 1] : [1, 0];
    q = once(v.name, q, v.select[a], v.select[b]);
    q = once(v.name, q, v.from[a], v.from[b]);
    q = forward ? q.split(TODAY).join(DAY) : q.split(DAY).join(TODAY);
    c.viewQuery = q;
    c.listRule = forward ? c.listRule + ON_A_DAY : c.listRule.replace(ON_A_DAY, '');
    c.viewRule = forward ? c.viewRule + ON_A_DAY : c.viewRule.replace(ON_A_DAY, '');
    app.save(c);
  }
}

migrate(
  (app) => {
    const days = new Collection({
      type: 'base',
      name: 'calendar_days',
      listRule: null,
      viewRule: null,
      createRule: null,
      updateRule: null,
      deleteRule: null,
      fields: [{ name: 'day', type: 'text', required: true, pattern: '^\\d{4}-\\d{2}-\\d{2}$' }],
      indexes: ['CREATE UNIQUE INDEX idx_calendar_days_day ON calendar_days (day)'],
    });
    app.save(days);
    // 'd' + yyyymmdd + '000000': a 15-character id of PocketBase's alphabet, one per day.
    app
      .db()
      .newQuery(
        `WITH RECURSIVE d(x) AS (SELECT '${FIRST}' UNION ALL SELECT date(x, '+1 day') FROM d WHERE x < '${LAST}') ` +
          "INSERT INTO calendar_days (id, day) SELECT 'd' || replace(x, '-', '') || '000000', x FROM d",
      )
      .execute();
    rewrite(app, true);
  },
  (app) => {
    rewrite(app, false);
    app.delete(app.findCollectionByNameOrId('calendar_days'));
  },
);
