import { DEFAULT_THRESHOLDS, formChanges, roundInstants, type GoalCode, type Mark, type RoundKind, type TambonForm } from '@otou/domain';
import type { Upsert } from './batch.ts';
import { stableId } from './ids.ts';
import { toPbDate } from '../pocketbase/dates.ts';
import { formFigures } from '../services/assessment/forms.ts';
import { formId, roundId, settingsId, TIER_SETTINGS_KEY } from '../services/assessment/ids.ts';
import { quarterlyId } from '../services/assessment/quarterly.ts';
import { periodId, DEMO_PERIOD_CODE, type Person } from './budgetDemo.ts';

export { formId, roundId };

/**
 * The demo period's assessment rounds (Jan–Dec 2564), as first and last days in Thai time.
 *
 * The end-to-end stories and `OTOU_CLOCK` stand at 28 Feb 2564 10:00 Bangkok (e2e/fixtures/globalSetup.ts). Both the
 * baseline and the first quarterly round are open on that day, on purpose: the story fills a tambon's baseline,
 * has it approved, then goes on to the next round, which starts from the baseline, without moving the clock. (A real
 * programme would open Q1's round near the end of the quarter; here it opens on 15 Feb so the two overlap.)
 */
export const DEMO_ROUNDS: { kind: RoundKind; quarter: number; first: string; last: string }[] = [
  { kind: 'baseline', quarter: 0, first: '2021-01-01', last: '2021-03-31' },
  { kind: 'quarterly', quarter: 1, first: '2021-02-15', last: '2021-04-15' },
  { kind: 'quarterly', quarter: 2, first: '2021-06-15', last: '2021-07-15' },
  { kind: 'quarterly', quarter: 3, first: '2021-09-15', last: '2021-10-15' },
  { kind: 'final', quarter: 0, first: '2021-12-01', last: '2022-01-15' },
];

/** The id of a demo round: demoRoundId('baseline'), demoRoundId('quarterly', 1). */
export const demoRoundId = (kind: RoundKind, quarter = 0) => roundId(periodId(DEMO_PERIOD_CODE), kind, quarter);

export function roundWrites(): Upsert[] {
  const period = periodId(DEMO_PERIOD_CODE);
  return DEMO_ROUNDS.map((r) => {
    const at = roundInstants(r.first, r.last)!;
    return { collection: 'assessment_rounds', body: { id: roundId(period, r.kind, r.quarter), period, kind: r.kind, quarter: r.quarter, opens: toPbDate(new Date(at.opens)), closes: toPbDate(new Date(at.closes)) } };
  });
}

/** The deck's thresholds (14 / 11 / 8 goals), as the record the central office edits. */
export function thresholdsWrite(): Upsert {
  return { collection: 'assessment_settings', body: { id: settingsId(TIER_SETTINGS_KEY), key: TIER_SETTINGS_KEY, ...DEFAULT_THRESHOLDS } };
}

/** A form from a compact description: per column, the goals ✓ and the goals ✗, and the texts. */
function demoForm(activities: TambonForm['activities'], cells: Record<string, { have?: GoalCode[]; expected?: GoalCode[]; texts?: TambonForm['texts'][string] }>): TambonForm {
  const form: TambonForm = { activities, goals: {}, texts: {}, links: {} };
  for (const [column, c] of Object.entries(cells)) {
    const marks: Partial<Record<GoalCode, Mark>> = {};
    for (const g of c.expected ?? []) marks[g] = 'expected';
    for (const g of c.have ?? []) marks[g] = 'have';
    form.goals[column] = marks;
    if (c.texts) form.texts[column] = c.texts;
  }
  return form;
}

/** ตำบลท่าคล้อ (CU): 9 goals met (Survive), 1.7, 1.10 and 1.11 expected. */
export const THA_KHLO_BASELINE = demoForm(
  [
    { key: 'act1', type: 'a', name: 'แปรรูปผลิตภัณฑ์จากมันสำปะหลัง' },
    { key: 'act2', type: 'b', name: 'ท่องเที่ยวเชิงเกษตรริมแม่น้ำป่าสัก' },
  ],
  {
    act1: { have: ['1.1', '1.2', '1.3', '1.4', '1.8'], expected: ['1.7'], texts: { '2': 'กลุ่มเกษตรกรผู้ปลูกมันสำปะหลัง 40 ครัวเรือน', '8': 'แป้งมันอบกรอบตราท่าคล้อ' } },
    act2: { have: ['1.4', '1.9', '1.13', '1.15'], expected: ['1.10'], texts: { '2': 'ผู้ประกอบการโฮมสเตย์ 12 ราย' } },
    covid: { have: ['1.12'], expected: ['1.11'], texts: { '10': 'สำรวจการเฝ้าระวัง COVID-19 ครบ 1,250 ครัวเรือน' } },
    data: { have: ['1.2'] },
  },
);

/** ตำบลในเขตมหาวิทยาลัยเชียงใหม่: 12 goals met (Sufficiency), submitted and awaiting a second member of staff. */
export const CMU_BASELINE = demoForm(
  [
    { key: 'act1', type: 'c', name: 'คลินิกสุขภาพชุมชนเคลื่อนที่' },
    { key: 'act2', type: 'd', name: 'ธนาคารขยะรีไซเคิล' },
    { key: 'act3', type: 'e', name: 'ตลาดนัดชุมชนออนไลน์', otherType: 'การตลาดดิจิทัล' },
  ],
  {
    act1: { have: ['1.1', '1.11', '1.12'], expected: ['1.14'] },
    act2: { have: ['1.2', '1.5', '1.6', '1.9'], expected: ['1.16'] },
    act3: { have: ['1.3', '1.4', '1.7', '1.15'] },
    data: { have: ['1.13'] },
  },
);

const noonBangkok = (day: string) => toPbDate(new Date(`${day}T12:00:00+07:00`));

/** A place of the demo organisation, by a tambon's DOPA code: the tambon and the university and network that run it. */
export type DemoPlace = (code: string) => { id: string; university: string; network: string };

function formWrites(place: ReturnType<DemoPlace>, round: string, form: TambonForm, submitted: { by: Person; on: string }, approved: { by: Person; on: string } | null): Upsert[] {
  const id = formId(place.id, round);
  const where = { tambon: place.id, university: place.university, network: place.network, round };
  const figures = formFigures(form);
  const event = (action: 'submit' | 'approve', by: Person, extra: Record<string, unknown>): Upsert => ({
    collection: 'assessment_events',
    body: { id: stableId('assessment_event', `${id}/${action}`), kind: 'form', record: id, ...where, action, by: by.id, by_name: by.name, reason: '', ...extra },
  });
  return [
    {
      collection: 'assessment_forms',
      body: {
        id,
        ...where,
        form,
        ...figures,
        status: approved ? 'approved' : 'submitted',
        submitted_by: submitted.by.id,
        submitted_at: noonBangkok(submitted.on),
        approved_by: approved?.by.id ?? '',
        approved_at: approved ? noonBangkok(approved.on) : '',
        reopened: false,
      },
    },
    event('submit', submitted.by, { before: null, after: { status: 'submitted', goalsMet: figures.goals_met }, changes: formChanges(null, form) }),
    ...(approved ? [event('approve', approved.by, { before: { status: 'submitted', goalsMet: figures.goals_met }, after: { status: 'approved', goalsMet: figures.goals_met } })] : []),
  ];
}

/**
 * Quarterly reports in flight: CMU's USI report for Q1 and the UN network's RSI report for the baseline, both drafts
 * partly answered, each with the audit row of its save (so pages, and the access matrix, meet some).
 */
function quarterlyWrites(place: DemoPlace, person: (email: string) => Person): Upsert[] {
  const cmu = place('500101');
  const reports = [
    { kind: 'usi' as const, collection: 'assessment_university', by: person('staff.cmu@otou.demo'), round: demoRoundId('quarterly', 1), where: { university: cmu.university, network: cmu.network },
      content: { indicators: { '1': 'วิเคราะห์โจทย์ความยากจนของ 2 ตำบลร่วมกับ อบต.', '14': 'สำรวจการเฝ้าระวัง COVID-19 ครบทั้ง 2 ตำบล' }, goal_notes: { '1.12': 'คลินิกสุขภาพชุมชนเคลื่อนที่' }, impact: '' } },
    { kind: 'rsi' as const, collection: 'assessment_network', by: person('network.un@otou.demo'), round: demoRoundId('baseline'), where: { network: cmu.network },
      content: { indicators: { '1': 'รวบรวมตัวชี้วัดระดับตำบลและมหาวิทยาลัยของเครือข่าย' }, goal_notes: {}, impact: '' } },
  ];
  return reports.flatMap((r) => {
    const id = quarterlyId(r.kind, r.kind === 'usi' ? cmu.university : cmu.network, r.round);
    return [
      { collection: r.collection, body: { id, ...r.where, round: r.round, status: 'draft', ...r.content } },
      {
        collection: 'assessment_events',
        body: { id: stableId('assessment_event', `${id}/save`), kind: r.kind, record: id, ...r.where, round: r.round, action: 'save', by: r.by.id, by_name: r.by.name, reason: '', before: null, after: { indicators: r.content.indicators, goalNotes: r.content.goal_notes, impact: '', status: 'draft' } },
      },
    ];
  });
}

/**
 * The assessment demo: the deck's tier thresholds, the rounds of the 2564 period, and two baseline forms so the
 * dashboards have something to show on the first day — ตำบลท่าคล้อ (CU) approved (Survive), a CMU tambon submitted
 * and awaiting approval (Sufficiency, provisional). ตำบลห้วยแห้ง (CU) has no form yet: the end-to-end story fills its
 * baseline, and ตำบลหินซ้อน stays "not started" on the coverage board.
 */
export function assessmentDemoWrites(place: DemoPlace, person: (email: string) => Person): Upsert[] {
  const baseline = demoRoundId('baseline');
  return [
    thresholdsWrite(),
    ...roundWrites(),
    ...formWrites(place('190205'), baseline, THA_KHLO_BASELINE, { by: person('staff.cu@otou.demo'), on: '2021-01-20' }, { by: person('approver.cu@otou.demo'), on: '2021-01-22' }),
    ...formWrites(place('500101'), baseline, CMU_BASELINE, { by: person('staff.cmu@otou.demo'), on: '2021-02-10' }, null),
    ...quarterlyWrites(place, person),
  ];
}
