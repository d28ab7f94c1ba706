import type PocketBase from 'pocketbase';
import {
  ACTIVITY_TYPE_CODES,
  GOAL_CODES,
  goalsExpected,
  goalsMet,
  TEXT_INDICATOR_CODES,
  type Activity,
  type GoalCode,
  type Mark,
  type TambonForm,
} from '@otou/domain';
import { formFigures } from '../services/assessment/forms.ts';
import { formId } from '../services/assessment/ids.ts';
import { toPbDate } from '../pocketbase/dates.ts';
import { upsertAll, type Upsert } from './batch.ts';
import { demoRoundId, roundWrites } from './assessmentDemo.ts';
import { periodWrite } from './budgetDemo.ts';
import { userId } from './demo.ts';

/** The rounds of the national scale: the demo's baseline and first quarter (the same ids as the demo's). */
export const nationalRoundIds = (): [string, string] => [demoRoundId('baseline'), demoRoundId('quarterly', 1)];

/** A small deterministic generator (mulberry32): the same tambon gets the same form on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
function shuffled<T>(rnd: () => number, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Goals met at baseline, weighted so every tier shows: about a fifth not yet classified (3–7), a third survive
 * (8–10), a third sufficiency (11–13) and a tenth sustainable (14–15).
 */
const BASELINE_MET = [3, 4, 5, 6, 7, 8, 8, 9, 9, 9, 10, 10, 10, 11, 11, 11, 12, 12, 13, 14, 15];

/** A baseline form with `met` goals ✓ (one of them in two activities) and a few more only expected (✗). */
function baselineForm(rnd: () => number, met: number): TambonForm {
  const count = 1 + Math.floor(rnd() * 3);
  const activities: Activity[] = Array.from({ length: count }, (_, i) => {
    const type = pick(rnd, ACTIVITY_TYPE_CODES);
    return { key: `act${i + 1}`, type, name: `กิจกรรมที่ ${i + 1}`, ...(type === 'e' ? { otherType: 'อื่น ๆ' } : {}) };
  });
  const columns = [...activities.map((a) => a.key), 'covid', 'data'];
  const order = shuffled(rnd, GOAL_CODES);
  const goals: TambonForm['goals'] = {};
  const mark = (column: string, goal: GoalCode, m: Mark) => ((goals[column] ??= {})[goal] = m);
  order.slice(0, met).forEach((g, i) => {
    // The first goal is met by two columns: it still counts once.
    if (i === 0) for (const c of columns.slice(0, 2)) mark(c, g, 'have');
    else mark(pick(rnd, columns), g, 'have');
  });
  for (const g of order.slice(met, met + 1 + Math.floor(rnd() * 4))) mark(pick(rnd, columns), g, 'expected');
  const texts: TambonForm['texts'] = { [activities[0]!.key]: { [TEXT_INDICATOR_CODES[0]!]: 'ครัวเรือนยากจนในตำบล', [TEXT_INDICATOR_CODES[6]!]: 'ผลิตภัณฑ์ชุมชน' } };
  return { activities, goals, texts, links: {} };
}

/** The quarter: the baseline carried over, some ✗ achieved (✓), and now and then a ✓ lost. */
function quarterForm(rnd: () => number, base: TambonForm): TambonForm {
  const form: TambonForm = structuredClone(base);
  const r = rnd();
  const expected = goalsExpected(form);
  // Two in five tambons achieve one to three expected goals; one in twenty loses a goal.
  if (r < 0.4) {
    for (const g of expected.slice(0, 1 + Math.floor(rnd() * 3))) for (const cells of Object.values(form.goals)) if (cells[g] === 'expected') cells[g] = 'have';
  } else if (r < 0.45) {
    const lost = goalsMet(form)[0];
    if (lost) for (const cells of Object.values(form.goals)) if (cells[lost] === 'have') delete cells[lost];
  }
  return form;
}

type Status = 'draft' | 'submitted' | 'approved';
/** Mostly approved at baseline; the quarter still has drafts, forms awaiting approval and some not started. */
const statusOf = (round: 0 | 1, r: number): Status | null =>
  round === 0 ? (r < 0.03 ? null : r < 0.06 ? 'draft' : r < 0.12 ? 'submitted' : 'approved') : r < 0.06 ? null : r < 0.14 ? 'draft' : r < 0.3 ? 'submitted' : 'approved';

/**
 * The assessment writes for the given tambons (each with its university and network): the 2564 period, its baseline
 * and first quarterly round, and per tambon a baseline form and a quarter's form carried over from it. Goals met and
 * masks are computed from each form's own marks, as the server computes them on a save.
 */
export function nationalAssessmentWrites(tambons: readonly { id: string; university: string; network: string }[]): Upsert[] {
  const [baseline, quarter] = nationalRoundIds();
  const staff = userId('staff.uc01@otou.demo');
  const writes: Upsert[] = [periodWrite(), ...roundWrites().filter((w) => w.body.id === baseline || w.body.id === quarter)];
  const at = [new Date('2021-01-29T03:00:00Z'), new Date('2021-04-07T03:00:00Z')];
  tambons.forEach((t, i) => {
    const rnd = random(i + 1);
    const base = baselineForm(rnd, pick(rnd, BASELINE_MET));
    const forms: [TambonForm, Status | null][] = [
      [base, statusOf(0, rnd())],
      [quarterForm(rnd, base), statusOf(1, rnd())],
    ];
    forms.forEach(([form, status], k) => {
      if (!status) return;
      const round = k === 0 ? baseline : quarter;
      const when = toPbDate(at[k]!);
      writes.push({
        collection: 'assessment_forms',
        body: {
          id: formId(t.id, round),
          tambon: t.id,
          university: t.university,
          network: t.network,
          round,
          status,
          form,
          ...formFigures(form),
          submitted_by: status === 'draft' ? '' : staff,
          submitted_at: status === 'draft' ? '' : when,
          approved_by: status === 'approved' ? userId('central@otou.demo') : '',
          approved_at: status === 'approved' ? when : '',
        },
      });
    });
  });
  return writes;
}

/**
 * The assessments of the national scale (run after `seedNational`): two rounds and about 5,800 forms for 3,000
 * tambons, written in transactional batches of 500. Idempotent: stable ids, the same forms on every run. No audit
 * rows: the dashboards read the forms, and 6,000 history rows would only slow the seed.
 */
export async function seedNationalAssessment(admin: PocketBase, onProgress?: (done: number, total: number) => void): Promise<{ records: number }> {
  const tambons = await admin.collection('tambons').getFullList({ fields: 'id,university,expand.university.network', expand: 'university', sort: 'code', batch: 1000 });
  if (tambons.length === 0) throw new Error('No tambons to assess: run seedNational first.');
  const writes = nationalAssessmentWrites(tambons.map((t) => ({ id: t.id, university: t['university'], network: t.expand?.['university']?.['network'] ?? '' })));
  await upsertAll(admin, writes, { size: 500, onProgress: (d) => onProgress?.(d, writes.length) });
  return { records: writes.length };
}
