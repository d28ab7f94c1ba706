/// <reference path="../pb_data/types.d.ts" />
// Assessment dashboards read counts that the database adds up, never the 3,000 forms of a round: tambons per round,
// university, status and number of goals met (the tier is applied by the server at read time from the thresholds in
// assessment_settings, so changing them rewrites nothing), the per-goal sums of the stored goal masks (✓, and ✗
// without ✓), the tambons per university (so "not assessed" is tambons minus forms), and each tambon's form in one
// round beside its form in another (movement). Users read them in their scope, never write.

const ROLE =
  '(@request.auth.role = "central_admin" || @request.auth.role = "network_admin" || @request.auth.role = "university_staff" || @request.auth.role = "tambon_coordinator")';
const rule = (levels) =>
  [
    `@request.auth.id != "" && ${ROLE} && (`,
    '@request.auth.scope = "central"',
    '|| (@request.auth.scope = "network" && network = @request.auth.network)',
    levels.includes('university') ? '|| (@request.auth.scope = "university" && university = @request.auth.university)' : '',
    ')',
  ].join(' ');

// Bit i of a mask is GOAL_CODES[i] (shared/domain assessment/tier.ts goalMask): 1.1 … 1.16.
const GOALS = Array.from({ length: 16 }, (_, i) => ({ bit: i, col: `1_${i + 1}` }));
const goalSums = GOALS.map(
  (g) => `CAST(SUM((goals_mask >> ${g.bit}) & 1) AS INTEGER) AS have_${g.col}, CAST(SUM((expected_mask >> ${g.bit}) & 1) AS INTEGER) AS expected_${g.col}`,
).join(', ');

const key = (cols) => `(${cols.join(" || '/' || ")})`;

const goalCounts = (keep) =>
  `SELECT ${key([...keep, 'status', 'CAST(goals_met AS INTEGER)'])} AS id, ${keep.join(', ')}, CAST(status AS TEXT) AS status, CAST(goals_met AS INTEGER) AS goals_met, CAST(COUNT(*) AS INTEGER) AS tambons FROM assessment_forms GROUP BY ${keep.join(', ')}, status, goals_met`;

const goalSumsOf = (keep) =>
  `SELECT ${key([...keep, 'status'])} AS id, ${keep.join(', ')}, CAST(status AS TEXT) AS status, CAST(COUNT(*) AS INTEGER) AS forms, ${goalSums} FROM assessment_forms GROUP BY ${keep.join(', ')}, status`;

// Each tambon's form in one round beside its form in another round (all pairs of rounds; the server filters one pair).
const PAIRS = 'FROM assessment_forms t JOIN assessment_forms f ON f.tambon = t.tambon AND f.round != t.round';

const VIEWS = [
  {
    name: 'assessment_tambon_counts',
    levels: ['network', 'university'],
    query:
      'SELECT t.university AS id, t.university AS university, u.network AS network, CAST(COUNT(*) AS INTEGER) AS tambons FROM tambons t JOIN universities u ON u.id = t.university GROUP BY t.university, u.network',
  },
  { name: 'assessment_goal_counts', levels: ['network', 'university'], query: goalCounts(['round', 'network', 'university']) },
  { name: 'assessment_goal_counts_network', levels: ['network'], query: goalCounts(['round', 'network']) },
  { name: 'assessment_goal_sums', levels: ['network', 'university'], query: goalSumsOf(['round', 'network', 'university']) },
  { name: 'assessment_goal_sums_network', levels: ['network'], query: goalSumsOf(['round', 'network']) },
  {
    // One row per tambon assessed in both rounds: the server filters a pair of rounds and the tambons whose number
    // of goals met changed, so only tambons that may have moved travel.
    name: 'assessment_form_pairs',
    levels: ['network', 'university'],
    query: [
      "SELECT (t.id || '/' || f.round) AS id, f.round AS from_round, t.round AS to_round, t.tambon AS tambon, t.university AS university, t.network AS network,",
      'CAST(f.status AS TEXT) AS from_status, CAST(t.status AS TEXT) AS to_status, CAST(f.goals_met AS INTEGER) AS from_met, CAST(t.goals_met AS INTEGER) AS to_met,',
      'CAST(p.code AS TEXT) AS code, CAST(p.name_th AS TEXT) AS name_th, CAST(p.name_en AS TEXT) AS name_en, CAST(p.district_th AS TEXT) AS district_th, CAST(p.district_en AS TEXT) AS district_en',
      `${PAIRS} JOIN tambons p ON p.id = t.tambon`,
    ].join(' '),
  },
  {
    // Tambons with a form in both rounds, per university and pair of statuses: how many the movement compares.
    name: 'assessment_pair_counts',
    levels: ['network', 'university'],
    query: [
      "SELECT (t.round || '/' || f.round || '/' || t.university || '/' || f.status || '/' || t.status) AS id, f.round AS from_round, t.round AS to_round,",
      't.university AS university, t.network AS network, CAST(f.status AS TEXT) AS from_status, CAST(t.status AS TEXT) AS to_status, CAST(COUNT(*) AS INTEGER) AS tambons',
      `${PAIRS} GROUP BY t.round, f.round, t.university, t.network, f.status, t.status`,
    ].join(' '),
  },
];

// The counts read goals met, masks and status of every form of a round; in a row they sit after the form's JSON, so
// without these covering indexes SQLite walks each form's JSON to reach them.
const INDEXES = [
  ['idx_assessment_forms_counts', 'round, network, university, status, goals_met, goals_mask, expected_mask'],
  ['idx_assessment_forms_pairs', 'round, tambon, status, goals_met'],
];

migrate(
  (app) => {
    const forms = app.findCollectionByNameOrId('assessment_forms');
    for (const [name, columns] of INDEXES) forms.addIndex(name, false, columns, '');
    app.save(forms);
    for (const v of VIEWS) {
      const r = rule(v.levels);
      app.save(new Collection({ type: 'view', name: v.name, listRule: r, viewRule: r, viewQuery: v.query }));
    }
  },
  (app) => {
    for (const v of [...VIEWS].reverse()) app.delete(app.findCollectionByNameOrId(v.name));
    const forms = app.findCollectionByNameOrId('assessment_forms');
    for (const [name] of INDEXES) forms.removeIndex(name);
    app.save(forms);
  },
);
