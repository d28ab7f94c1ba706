import fc from 'fast-check';
import { ACTIVITY_TYPE_CODES, FIXED_COLUMNS, FORM_LIMITS, GOAL_CODES, MARKS, TEXT_INDICATOR_CODES, type Activity, type TambonForm } from './form.ts';
import type { AssessmentMessageKey } from './messages.ts';
import { roundInstants } from './rounds.ts';

/**
 * fast-check generators of assessment inputs that a person could send (every one accepted), and of single
 * out-of-bounds edits to them with the field and message key the refusal must name. For this package's property tests
 * and the server's hostile-input tests (`@otou/domain/assessment/arbitraries`, test code only: it imports fast-check).
 */

const text = (max: number) => fc.string({ minLength: 1, maxLength: max, unit: fc.constantFrom('ก', 'า', 'x', ' ', '1', '✓', '\n', 'é') }).filter((s) => s.trim() !== '');

const activityOf = (key: string): fc.Arbitrary<Activity> =>
  fc.constantFrom(...ACTIVITY_TYPE_CODES).chain((type) =>
    fc.record({ key: fc.constant(key), type: fc.constant(type), name: text(40).map((s) => s.trim()), ...(type === 'e' ? { otherType: text(20).map((s) => s.trim()) } : {}) }),
  );

const link = fc.webUrl({ validSchemes: ['http', 'https'] }).filter((u) => u.length <= FORM_LIMITS.link && u.trim() === u && /^https?:\/\/[^/]/.test(u));

/** A form that passes the schema and formProblems: up to 5 activities, sparse cells in its own columns only. */
export function validTambonForm(): fc.Arbitrary<TambonForm> {
  return fc.integer({ min: 0, max: 5 }).chain((n) => {
    const keys = Array.from({ length: n }, (_, i) => `act${i + 1}`);
    const columns = [...keys, ...FIXED_COLUMNS.map((c) => c.key)];
    const column = fc.constantFrom(...columns);
    return fc.record({
      activities: fc.tuple(...keys.map(activityOf)).map((a) => [...a]),
      goals: fc.dictionary(column, fc.dictionary(fc.constantFrom(...GOAL_CODES), fc.constantFrom(...MARKS), { maxKeys: 16 }), { maxKeys: 4 }),
      texts: fc.dictionary(column, fc.dictionary(fc.constantFrom(...TEXT_INDICATOR_CODES), text(60), { maxKeys: 4 }), { maxKeys: 3 }),
      links: fc.dictionary(column, fc.dictionary(fc.constantFrom(...TEXT_INDICATOR_CODES), fc.array(link, { minLength: 1, maxLength: 3 }), { maxKeys: 2 }), { maxKeys: 2 }),
    }) as fc.Arbitrary<TambonForm>;
  });
}

/** One edit that takes a valid form out of bounds, and where the refusal must be: the path within the form and the key. */
export interface FormBreach {
  name: string;
  apply: (f: TambonForm) => unknown;
  path: string;
  key: AssessmentMessageKey;
}

const withActivity = (f: TambonForm, a: Partial<Activity>): TambonForm => ({ ...f, activities: [{ key: 'act1', type: 'a', name: 'กิจกรรม', ...a }, ...f.activities.slice(1)] });

export const FORM_BREACHES: readonly FormBreach[] = [
  { name: 'too many activities', apply: (f) => ({ ...f, activities: Array.from({ length: FORM_LIMITS.activities + 1 }, (_, i) => ({ key: `act${i + 1}`, type: 'a', name: 'x' })) }), path: 'activities', key: 'assessment.activities.tooMany' },
  { name: 'an activity name too long', apply: (f) => withActivity(f, { name: 'ก'.repeat(FORM_LIMITS.activityName + 1) }), path: 'activities.0.name', key: 'assessment.activity.name' },
  { name: 'an activity type that does not exist', apply: (f) => withActivity(f, { type: 'f' as never }), path: 'activities.0.type', key: 'assessment.activity.type' },
  { name: 'an activity key that could be anything', apply: (f) => withActivity(f, { key: '../../x' }), path: 'activities.0.key', key: 'assessment.activity.key' },
  { name: 'a goal that does not exist', apply: (f) => ({ ...f, goals: { ...f.goals, covid: { '1.17': 'have' } } }), path: 'goals.covid', key: 'assessment.goal.unknown' },
  { name: 'a mark other than ✓/✗', apply: (f) => ({ ...f, goals: { ...f.goals, data: { '1.1': 'maybe' } } }), path: 'goals.data.1.1', key: 'assessment.mark' },
  // Refused at the map, so the error never echoes a key a client made up.
  { name: 'a column key that could be anything', apply: (f) => ({ ...f, goals: { ...f.goals, '<img src=x>': {} } }), path: 'goals', key: 'assessment.column.unknown' },
  { name: 'a column of an activity number beyond any form', apply: (f) => ({ ...f, texts: { ...f.texts, act1000: {} } }), path: 'texts', key: 'assessment.column.unknown' },
  { name: 'an indicator that does not take text', apply: (f) => ({ ...f, texts: { ...f.texts, covid: { '1': 'x' } } }), path: 'texts.covid', key: 'assessment.indicator.unknown' },
  { name: 'a text too long', apply: (f) => ({ ...f, texts: { ...f.texts, data: { '14': 'ก'.repeat(FORM_LIMITS.text + 1) } } }), path: 'texts.data.14', key: 'assessment.text.tooLong' },
  { name: 'too many links', apply: (f) => ({ ...f, links: { ...f.links, covid: { '2': Array.from({ length: FORM_LIMITS.links + 1 }, (_, i) => `https://example.org/${i}`) } } }), path: 'links.covid.2', key: 'assessment.links.tooMany' },
  { name: 'a link too long', apply: (f) => ({ ...f, links: { ...f.links, data: { '3': [`https://example.org/${'a'.repeat(FORM_LIMITS.link)}`] } } }), path: 'links.data.3.0', key: 'assessment.link.invalid' },
  { name: 'links that are not a list', apply: (f) => ({ ...f, links: { ...f.links, data: { '3': 'https://example.org' } } }), path: 'links.data.3', key: 'assessment.links.tooMany' },
];

/** Valid tier thresholds: three distinct whole numbers 1–16, highest for Sustainable. */
export function validThresholds(): fc.Arbitrary<{ sustainable: number; sufficiency: number; survive: number }> {
  return fc.uniqueArray(fc.integer({ min: 1, max: 16 }), { minLength: 3, maxLength: 3 }).map((v) => {
    const [sustainable, sufficiency, survive] = [...v].sort((a, b) => b - a) as [number, number, number];
    return { sustainable, sufficiency, survive };
  });
}

const DAY_MS = 86_400_000;
const dayString = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A round a central officer could define: real days 2000–2200, up to a year long, a quarter only when quarterly. */
export function validRoundInput(): fc.Arbitrary<{ kind: 'baseline' | 'quarterly' | 'final'; quarter: number; opens: string; closes: string }> {
  const first = fc.integer({ min: Date.UTC(2000, 0, 1) / DAY_MS, max: Date.UTC(2199, 11, 1) / DAY_MS });
  return fc
    .record({ kind: fc.constantFrom('baseline' as const, 'quarterly' as const, 'final' as const), q: fc.integer({ min: 1, max: 4 }), first, length: fc.integer({ min: 0, max: 29 }) })
    .map(({ kind, q, first, length }) => ({ kind, quarter: kind === 'quarterly' ? q : 0, opens: dayString(first * DAY_MS), closes: dayString((first + length) * DAY_MS) }))
    .filter((r) => roundInstants(r.opens, r.closes) !== null);
}
