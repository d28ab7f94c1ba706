import { beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { ClientResponseError } from 'pocketbase';
import { achieved, type GoalCode, type Mark, type TambonForm } from '@otou/domain';
import { describeError } from '../src/errors.ts';
import { tambonId, universityId, userId } from '../src/seed/demo.ts';
import { demoRoundId, formId, THA_KHLO_BASELINE } from '../src/seed/assessmentDemo.ts';
import { periodId, DEMO_PERIOD_CODE } from '../src/seed/budgetDemo.ts';
import { usePlatform } from './harness.ts';

/**
 * The tambon assessment form end to end, against a real PocketBase: the approval flow, rounds that build on each
 * other, concurrent edits, the round's window and the late exception, bad input named at its field, and the same
 * refusals straight against PocketBase with the user's own token.
 */
const p = usePlatform();
const PERIOD = periodId(DEMO_PERIOD_CODE);
const BASELINE = demoRoundId('baseline');
const Q1 = demoRoundId('quarterly', 1);
const Q2 = demoRoundId('quarterly', 2);
const HUAI_HAENG = tambonId('190204');
const THA_KHLO = tambonId('190205');
const HIN_SON = tambonId('190206');
const CMU_2 = tambonId('500102');
/** 28 Feb 2564 10:00 in Bangkok, the e2e stories' clock: the baseline and Q1 are open. */
const FEB_28 = new Date('2021-02-28T03:00:00Z');
/** 5 Apr 2564: the baseline closed on 31 Mar; Q1 is open until 15 Apr. */
const APR_5 = new Date('2021-04-05T03:00:00Z');

const outcome = (promise: Promise<unknown>) => promise.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));
const trpcError = async (promise: Promise<unknown>) => {
  const r = await outcome(promise);
  expect(r.ok, 'the server should have refused this call').toBe(false);
  expect(r.ok ? null : r.error).toBeInstanceOf(TRPCError);
  return (r.ok ? null : r.error) as TRPCError;
};
const refusedByPocketBase = async (promise: Promise<unknown>) => {
  const r = await outcome(promise);
  expect(r.ok, 'PocketBase should have refused this write').toBe(false);
  if (!r.ok) expect(r.error).toBeInstanceOf(ClientResponseError);
};

/** A form with two activities and the marks given per column. */
function form(goals: Record<string, Partial<Record<GoalCode, Mark>>>, extra: Partial<TambonForm> = {}): TambonForm {
  return {
    activities: [
      { key: 'act1', type: 'a', name: 'ข้าวกล้องงอกห้วยแห้ง' },
      { key: 'act2', type: 'd', name: 'ธนาคารขยะ' },
    ],
    goals,
    texts: { act1: { '2': 'ครัวเรือนยากจน 35 ครัวเรือน' } },
    links: {},
    ...extra,
  };
}
const marks = (codes: GoalCode[], mark: Mark = 'have') => Object.fromEntries(codes.map((c) => [c, mark])) as Partial<Record<GoalCode, Mark>>;

/** Every assessment row as the superuser sees it: "nothing was written" made checkable. */
async function assessmentRows() {
  const out: Record<string, string> = {};
  for (const c of ['assessment_rounds', 'assessment_settings', 'assessment_forms', 'assessment_events']) out[c] = JSON.stringify(await p.admin.collection(c).getFullList({ sort: 'id' }));
  return out;
}

let staff: string;
let approver: string;
let central: string;
let coordinator: string;
let network: string;
let staffCmu: string;
beforeAll(async () => {
  [staff, approver, central, coordinator, network, staffCmu] = (await Promise.all(
    ['staff.cu@otou.demo', 'approver.cu@otou.demo', 'central@otou.demo', 'coordinator.huaihaeng@otou.demo', 'network.uc@otou.demo', 'staff.cmu@otou.demo'].map((e) => p.login(e)),
  )) as [string, string, string, string, string, string];
});

describe('the approval flow', () => {
  const at = (token: string, locale: 'th' | 'en' = 'en') => p.caller(token, locale, FEB_28).assessment.form;
  const baseline = { tambonId: HUAI_HAENG, roundId: BASELINE };
  // 9 goals met (Survive); 1.10 and 1.11 expected.
  const filled = form({ act1: marks(['1.1', '1.2', '1.3', '1.4', '1.5']), act2: { ...marks(['1.4', '1.6', '1.7', '1.8', '1.9']), ...marks(['1.10'], 'expected') }, covid: marks(['1.11'], 'expected') });

  it('staff save a draft and submit; the form is then locked for them; they may not approve their own', async () => {
    const fresh = await at(staff).get(baseline);
    expect(fresh).toMatchObject({ status: 'draft', version: 0, carried: false, previousRound: null, changes: [], goalsMet: [], tier: 'unclassified' });
    expect(fresh.can).toEqual({ edit: true, submit: true, approve: false, reopen: false, grantException: false });

    expect(await at(staff).save({ ...baseline, version: 0, form: filled })).toEqual({ status: 'draft', version: 1 });
    const draft = await at(staff).get(baseline);
    expect(draft).toMatchObject({ status: 'draft', version: 1, goalsMet: ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9'], tier: 'survive' });
    // What the database counts is computed from the form, never typed.
    const stored = await p.admin.collection('assessment_forms').getOne(formId(HUAI_HAENG, BASELINE));
    expect([stored['goals_met'], stored['goals_mask'], stored['expected_mask'], stored['university'], stored['network']]).toEqual([9, 0b111111111, 0b11000000000, draft.tambon.university.id, draft.tambon.networkId]);

    await at(staff).save({ ...baseline, version: 1, form: filled, submit: true });
    const submitted = await at(staff).get(baseline);
    expect(submitted).toMatchObject({ status: 'submitted', version: 2, submittedBy: { name: 'ปริญญา จุฬาฯ' } });
    expect(submitted.can).toMatchObject({ edit: false, submit: false, approve: false });

    const locked = await trpcError(at(staff, 'th').save({ ...baseline, version: 2, form: form({}) }));
    expect(locked.code).toBe('PRECONDITION_FAILED');
    expect(describeError(locked, 'en').message).toMatch(/submitted/i);
    const self = await trpcError(at(staff).approve({ ...baseline, version: 2 }));
    expect([self.code, describeError(self, 'en').messageKey]).toEqual(['FORBIDDEN', 'assessment.selfApproval']);
    expect((await at(staff).get(baseline)).status).toBe('submitted');
  });

  it('another staff member of the university approves the version they saw; the coordinator only reads', async () => {
    const seen = await at(approver).get(baseline);
    expect(seen.can).toMatchObject({ approve: true, reopen: true, edit: false });
    const asCoordinator = await at(coordinator).get(baseline);
    expect(asCoordinator.goalsMet).toHaveLength(9);
    expect(Object.values(asCoordinator.can).every((c) => c === false)).toBe(true);
    expect((await trpcError(at(coordinator).save({ ...baseline, version: 2, form: filled }))).code).toBe('FORBIDDEN');
    expect((await trpcError(at(coordinator).approve({ ...baseline, version: 2 }))).code).toBe('FORBIDDEN');
    expect((await trpcError(at(network).approve({ ...baseline, version: 2 }))).code).toBe('FORBIDDEN');

    expect((await trpcError(at(approver).approve({ ...baseline, version: 1 }))).code).toBe('CONFLICT');
    await at(approver).approve({ ...baseline, version: seen.version });
    const approved = await at(network).get(baseline);
    expect(approved).toMatchObject({ status: 'approved', version: 3, approvedBy: { name: 'สุรชัย ผู้อนุมัติ จุฬาฯ' }, submittedBy: { name: 'ปริญญา จุฬาฯ' } });
  });

  it('reopening needs a reason and the approver who approved it; then the form can be corrected and submitted again', async () => {
    const noReason = await trpcError(at(approver, 'th').reopen({ ...baseline, reason: '  ' }));
    expect(noReason.code).toBe('BAD_REQUEST');
    expect(Object.keys(describeError(noReason, 'th').fieldErrors)).toEqual(['reason']);
    const notTheirs = await trpcError(at(staff).reopen({ ...baseline, reason: 'แก้ไข' }));
    expect([notTheirs.code, describeError(notTheirs, 'en').messageKey]).toEqual(['FORBIDDEN', 'assessment.onlyApproverReopens']);
    expect((await at(staff).get(baseline)).status).toBe('approved');

    await at(approver).reopen({ ...baseline, reason: 'กิจกรรมที่ 2 ยังไม่มีหลักฐาน' });
    const reopened = await at(staff).get(baseline);
    expect(reopened).toMatchObject({ status: 'draft', reopened: true, version: 4, approvedBy: null });
    expect(reopened.can.edit).toBe(true);
    // Reopened outlasts the round's window: correct it after the baseline closed.
    await p.caller(staff, 'en', APR_5).assessment.form.save({ ...baseline, version: 4, form: filled, submit: true });
    expect(await at(staff).get(baseline)).toMatchObject({ status: 'submitted', reopened: false });

    const history = await at(coordinator).history(baseline);
    expect(history.map((h) => [h.action, h.byName, h.reason])).toEqual([
      ['submit', 'ปริญญา จุฬาฯ', ''],
      ['reopen', 'สุรชัย ผู้อนุมัติ จุฬาฯ', 'กิจกรรมที่ 2 ยังไม่มีหลักฐาน'],
      ['approve', 'สุรชัย ผู้อนุมัติ จุฬาฯ', ''],
      ['submit', 'ปริญญา จุฬาฯ', ''],
      ['save', 'ปริญญา จุฬาฯ', ''],
    ]);
    // The first save lists every cell it filled; a resubmission of the same form changes none.
    expect(history.at(-1)!.changes.filter((c) => c.kind === 'goal')).toHaveLength(12);
    expect(history[0]!.changes).toEqual([]);
  });
});

describe('rounds build on each other', () => {
  const q1 = { tambonId: THA_KHLO, roundId: Q1 };

  it("a round nobody has saved starts from the previous round's form, with no changes yet", async () => {
    const got = await p.caller(staff, 'en', FEB_28).assessment.form.get(q1);
    expect(got).toMatchObject({ status: 'draft', version: 0, carried: true, previousRound: { id: BASELINE, kind: 'baseline' }, previousStatus: 'approved', changes: [], tier: 'survive', previousTier: 'survive', movement: 'same' });
    expect(got.form).toEqual(THA_KHLO_BASELINE);
    expect(got.previous).toEqual(THA_KHLO_BASELINE);
  });

  it('two ✗ turned ✓ are shown cell by cell as achieved, and the tambon moves up a tier', async () => {
    const next = structuredClone(THA_KHLO_BASELINE);
    next.goals['act1']!['1.7'] = 'have';
    next.goals['act2']!['1.10'] = 'have';
    next.texts['act1']!['8'] = 'แป้งมันอบกรอบ ได้มาตรฐาน อย.';
    await p.caller(staff, 'en', FEB_28).assessment.form.save({ ...q1, version: 0, form: next });
    const got = await p.caller(approver, 'en', FEB_28).assessment.form.get(q1);
    expect(got).toMatchObject({ carried: false, version: 1, tier: 'sufficiency', previousTier: 'survive', movement: 'up' });
    expect(got.goalsMet).toHaveLength(11);
    expect(achieved(got.changes)).toEqual([
      { column: 'act1', row: '1.7', kind: 'goal', before: 'expected', after: 'have' },
      { column: 'act2', row: '1.10', kind: 'goal', before: 'expected', after: 'have' },
    ]);
    expect(got.changes.filter((c) => c.kind === 'text')).toEqual([{ column: 'act1', row: '8', kind: 'text', before: 'แป้งมันอบกรอบตราท่าคล้อ', after: 'แป้งมันอบกรอบ ได้มาตรฐาน อย.' }]);
    // Evidence added to a cell comes with the form.
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n').toString('base64');
    await p.caller(staff, 'en', FEB_28).assessment.files.add({ ...q1, column: 'act1', indicator: '8', name: 'มาตรฐาน อย.pdf', content: pdf });
    expect((await p.caller(coordinator, 'en', FEB_28).assessment.form.get({ tambonId: HUAI_HAENG, roundId: Q1 })).files).toEqual([]);
    expect((await p.caller(network, 'en', FEB_28).assessment.form.get(q1)).files).toMatchObject([{ column: 'act1', indicator: '8', name: 'มาตรฐาน อย.pdf', type: 'application/pdf', by: { name: 'ปริญญา จุฬาฯ' } }]);
    // The baseline is untouched by the next round.
    expect((await p.caller(staff, 'en', FEB_28).assessment.form.get({ tambonId: THA_KHLO, roundId: BASELINE })).form).toEqual(THA_KHLO_BASELINE);
  });

  it('the coverage board lists the tambons the caller sees with their state in the round', async () => {
    const board = await p.caller(staff, 'en', FEB_28).assessment.form.list({ roundId: BASELINE });
    expect(board.tambons.map((t) => [t.code, t.status, t.tier])).toEqual([
      ['190204', 'submitted', 'survive'],
      ['190205', 'approved', 'survive'],
      ['190206', 'none', null],
    ]);
    const other = await p.caller(staff, 'en', FEB_28).assessment.form.list({ roundId: BASELINE, universityId: universityId('TU') });
    expect(other.tambons).toEqual([]);
    const cmu = await p.caller(staffCmu, 'en', FEB_28).assessment.form.list({ roundId: BASELINE });
    expect(cmu.tambons.map((t) => [t.code, t.status, t.tier])).toEqual([
      ['500101', 'submitted', 'sufficiency'],
      ['500102', 'none', null],
    ]);
  });
});

describe('two people editing the same form', () => {
  const hinSon = { tambonId: HIN_SON, roundId: BASELINE };

  it('the same cell saved by two people from the same version: the second is told CONFLICT with the current values, nothing is overwritten', async () => {
    const first = form({ act1: marks(['1.1'], 'have') });
    const second = form({ act1: marks(['1.1'], 'expected') });
    await p.caller(staff, 'en', FEB_28).assessment.form.save({ ...hinSon, version: 0, form: first });
    const e = await trpcError(p.caller(approver, 'th', FEB_28).assessment.form.save({ ...hinSon, version: 0, form: second }));
    expect(e.code).toBe('CONFLICT');
    const shown = describeError(e, 'th');
    expect(shown.message).toContain('มีผู้อื่นบันทึก');
    expect(shown.conflict).toEqual({ version: 1, current: { form: first, status: 'draft' } });
    expect((await p.caller(approver, 'en', FEB_28).assessment.form.get(hinSon)).form.goals['act1']).toEqual({ '1.1': 'have' });
  });

  it('ten rounds of two saves at once from the same version: exactly one lands each time, the other is a conflict', async () => {
    for (let round = 0; round < 10; round++) {
      const { version } = await p.caller(staff, 'en', FEB_28).assessment.form.get(hinSon);
      const tries = [staff, approver].map((token, i) =>
        outcome(p.caller(token, 'en', FEB_28).assessment.form.save({ ...hinSon, version, form: form({ act1: marks(['1.2'], i === 0 ? 'have' : 'expected') }, { texts: { act1: { '2': `round ${round} by ${i}` } } }) })),
      );
      const results = await Promise.all(tries);
      expect(results.filter((r) => r.ok), `round ${round}`).toHaveLength(1);
      const lost = results.find((r) => !r.ok) as { error: TRPCError };
      expect(lost.error.code).toBe('CONFLICT');
      const winner = results.findIndex((r) => r.ok);
      const now = await p.caller(staff, 'en', FEB_28).assessment.form.get(hinSon);
      expect(now.version).toBe(version + 1);
      expect(now.form.texts['act1']?.['2']).toBe(`round ${round} by ${winner}`);
      expect(describeError(lost.error, 'en').conflict).toEqual({ version: version + 1, current: { form: now.form, status: 'draft' } });
    }
  });
  it('the first save of a form two people start at once: one lands, the other is a conflict, never a failed write', async () => {
    const q1 = { tambonId: HIN_SON, roundId: Q1 };
    expect(await p.caller(staff, 'en', FEB_28).assessment.form.get(q1)).toMatchObject({ version: 0, carried: true });
    const results = await Promise.all(
      [staff, approver].map((token, i) => outcome(p.caller(token, 'en', FEB_28).assessment.form.save({ ...q1, version: 0, form: form({ act2: marks(['1.16'], i ? 'expected' : 'have') }) }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const lost = results.find((r) => !r.ok) as { error: TRPCError };
    expect(lost.error.code).toBe('CONFLICT');
    expect(describeError(lost.error, 'en').fieldErrors).toEqual({});
    expect(await p.admin.collection('assessment_forms').getFullList({ filter: p.admin.filter('tambon = {:t} && round = {:r}', { t: HIN_SON, r: Q1 }) })).toHaveLength(1);
  });
});

describe("the round's window and the late exception", () => {
  const cmu = { tambonId: CMU_2, roundId: BASELINE };

  it('after the round closes a save is refused, saying when it closed; before it opens, when it opens', async () => {
    const before = await assessmentRows();
    const closed = await trpcError(p.caller(staffCmu, 'th', APR_5).assessment.form.save({ ...cmu, version: 0, form: form({}) }));
    expect(closed.code).toBe('PRECONDITION_FAILED');
    expect(describeError(closed, 'th').message).toContain('31 มีนาคม 2564');
    const notYet = await trpcError(p.caller(staffCmu, 'th', FEB_28).assessment.form.save({ tambonId: CMU_2, roundId: Q2, version: 0, form: form({}) }));
    expect(notYet.code).toBe('PRECONDITION_FAILED');
    expect(describeError(notYet, 'th').message).toContain('15 มิถุนายน 2564');
    expect((await p.caller(staffCmu, 'en', APR_5).assessment.form.get(cmu)).window).toEqual({ open: false, why: 'closed', at: '2021-03-31T17:00:00.000Z' });
    expect(await assessmentRows()).toEqual(before);
  });

  it('only the central office grants an exception, with a reason; the tambon may then save until that date', async () => {
    const until = '2021-04-10T17:00:00+07:00';
    expect((await trpcError(p.caller(staffCmu, 'en', APR_5).assessment.form.grantException({ ...cmu, until, reason: 'น้ำท่วม' }))).code).toBe('FORBIDDEN');
    const noReason = await trpcError(p.caller(central, 'en', APR_5).assessment.form.grantException({ ...cmu, until, reason: ' ' }));
    expect(Object.keys(describeError(noReason, 'en').fieldErrors)).toEqual(['reason']);
    await p.caller(central, 'en', APR_5).assessment.form.grantException({ ...cmu, until, reason: 'น้ำท่วมพื้นที่' });

    const got = await p.caller(staffCmu, 'en', APR_5).assessment.form.get(cmu);
    expect(got).toMatchObject({ version: 1, lateUntil: '2021-04-10T10:00:00.000Z', lateReason: 'น้ำท่วมพื้นที่', window: { open: true, why: 'exception' } });
    await p.caller(staffCmu, 'en', APR_5).assessment.form.save({ ...cmu, version: 1, form: form({ act1: marks(['1.1']) }), submit: true });
    expect((await p.caller(staffCmu, 'en', APR_5).assessment.form.get(cmu)).status).toBe('submitted');
    const history = await p.caller(central, 'en', APR_5).assessment.form.history(cmu);
    expect(history.map((h) => [h.action, h.byName, h.reason])).toEqual([
      ['submit', 'ดวงใจ มช.', ''],
      ['exception', 'สมชาย ส่วนกลาง', 'น้ำท่วมพื้นที่'],
    ]);
  });

  it('after the exception runs out the round is closed again', async () => {
    const later = new Date('2021-04-11T03:00:00Z');
    expect((await p.caller(staffCmu, 'en', later).assessment.form.get(cmu)).window).toMatchObject({ open: false, why: 'closed' });
  });
});

describe('bad input', () => {
  const hinSon = { tambonId: HIN_SON, roundId: BASELINE };

  it('is named at its field, in the caller’s language, and nothing is written', async () => {
    const { version } = await p.caller(staff, 'en', FEB_28).assessment.form.get(hinSon);
    const before = await assessmentRows();
    const bad = form({ act1: marks(['1.1']), act9: marks(['1.2']) }, { links: { act2: { '8': ['javascript:alert(1)'] } } });
    bad.activities[1]!.name = '  ';
    const e = await trpcError(p.caller(staff, 'th', FEB_28).assessment.form.save({ ...hinSon, version, form: bad }));
    expect(e.code).toBe('BAD_REQUEST');
    const fields = describeError(e, 'th').fieldErrors;
    expect(Object.keys(fields).sort()).toEqual(['activities.1.name', 'goals.act9', 'links.act2.8']);
    for (const messages of Object.values(fields)) for (const m of messages) expect(m).toMatch(/[ก-๙]/);
    // Shapes no page sends (a text over the limit, a mark that is neither ✓ nor ✗) are refused before any check, under the input's own path.
    const tooLong = await trpcError(p.caller(staff, 'en', FEB_28).assessment.form.save({ ...hinSon, version, form: form({}, { texts: { act1: { '3': 'ก'.repeat(2001) } } }) }));
    expect(Object.keys(describeError(tooLong, 'en').fieldErrors)).toEqual(['form.texts.act1.3']);
    const wrongMark = await trpcError(p.caller(staff, 'en', FEB_28).assessment.form.save({ ...hinSon, version, form: { ...form({}), goals: { act1: { '1.1': 'maybe' } } } as unknown as TambonForm }));
    expect(wrongMark.code).toBe('BAD_REQUEST');
    expect(Object.keys(describeError(wrongMark, 'en').fieldErrors).join()).toContain('goals');
    expect(await assessmentRows()).toEqual(before);
  });
});

describe('straight against PocketBase with the user’s own token', () => {
  it('nobody creates, changes or deletes a form, a round, the thresholds or an audit row; reads stay in scope', async () => {
    const before = await assessmentRows();
    const asStaff = p.rest(staff);
    const asApprover = p.rest(approver);
    const asCentral = p.rest(central);
    const approvedId = formId(THA_KHLO, BASELINE);
    const staffId = userId('staff.cu@otou.demo');
    const place = await p.admin.collection('assessment_forms').getOne(approvedId);
    await refusedByPocketBase(asStaff.collection('assessment_forms').create({ tambon: HIN_SON, university: place['university'], network: place['network'], round: Q2, status: 'approved', form: {}, goals_met: 16, approved_by: staffId }));
    await refusedByPocketBase(asStaff.collection('assessment_forms').update(approvedId, { status: 'draft' }));
    await refusedByPocketBase(asStaff.collection('assessment_forms').update(approvedId, { goals_met: 16 }));
    await refusedByPocketBase(asApprover.collection('assessment_forms').update(formId(HUAI_HAENG, BASELINE), { status: 'approved', approved_by: userId('approver.cu@otou.demo') }));
    await refusedByPocketBase(asStaff.collection('assessment_forms').delete(approvedId));
    await refusedByPocketBase(asStaff.collection('assessment_events').create({ kind: 'form', record: approvedId, tambon: THA_KHLO, action: 'approve', by: userId('approver.cu@otou.demo'), by_name: 'สุรชัย ผู้อนุมัติ จุฬาฯ' }));
    await refusedByPocketBase(asCentral.collection('assessment_settings').update((await p.admin.collection('assessment_settings').getFirstListItem('key = "tiers"')).id, { sustainable: 2 }));
    await refusedByPocketBase(asCentral.collection('assessment_rounds').update(BASELINE, { closes: '2030-01-01 00:00:00.000Z' }));
    await refusedByPocketBase(asCentral.collection('assessment_rounds').create({ period: PERIOD, kind: 'quarterly', quarter: 4, opens: '2021-10-16 00:00:00.000Z', closes: '2021-11-30 00:00:00.000Z' }));
    expect(await assessmentRows()).toEqual(before);

    // Reads: the coordinator sees their tambon's forms only; CMU's staff none of CU's.
    const coordinatorSees = await p.rest(coordinator).collection('assessment_forms').getFullList();
    expect(new Set(coordinatorSees.map((f) => f['tambon']))).toEqual(new Set([HUAI_HAENG]));
    const cmuSees = await p.rest(staffCmu).collection('assessment_forms').getFullList();
    expect(cmuSees.length).toBeGreaterThan(0);
    expect(cmuSees.every((f) => f['tambon'] !== HUAI_HAENG && f['tambon'] !== THA_KHLO)).toBe(true);
    expect((await p.rest(staffCmu).collection('assessment_events').getFullList()).every((e) => e['tambon'] !== THA_KHLO)).toBe(true);
  });
});

describe('rounds and thresholds, set by the central office', () => {
  it('rounds are listed first to last with their window; a round of a kind a period has is refused at its field', async () => {
    const { rounds } = await p.caller(staff, 'en', FEB_28).assessment.round.list({ periodId: PERIOD });
    expect(rounds.map((r) => [r.kind, r.quarter, r.days.opens, r.days.closes, r.window.open])).toEqual([
      ['baseline', 0, '2021-01-01', '2021-03-31', true],
      ['quarterly', 1, '2021-02-15', '2021-04-15', true],
      ['quarterly', 2, '2021-06-15', '2021-07-15', false],
      ['quarterly', 3, '2021-09-15', '2021-10-15', false],
      ['final', 0, '2021-12-01', '2022-01-15', false],
    ]);
    const round = (over: object) => ({ periodId: PERIOD, kind: 'quarterly' as const, quarter: 4, opens: '2021-10-20', closes: '2021-11-30', version: 0, ...over });
    expect((await trpcError(p.caller(staff, 'en', FEB_28).assessment.round.save(round({})))).code).toBe('FORBIDDEN');
    const taken = await trpcError(p.caller(central, 'en', FEB_28).assessment.round.save(round({ quarter: 1 })));
    expect(Object.keys(describeError(taken, 'en').fieldErrors)).toEqual(['quarter']);
    const backwards = await trpcError(p.caller(central, 'en', FEB_28).assessment.round.save(round({ opens: '2021-11-30', closes: '2021-10-20' })));
    expect(Object.keys(describeError(backwards, 'en').fieldErrors)).toEqual(['closes']);

    const saved = await p.caller(central, 'en', FEB_28).assessment.round.save(round({}));
    const q4 = (await p.caller(central, 'en', FEB_28).assessment.round.list({ periodId: PERIOD })).rounds.find((r) => r.id === saved.id)!;
    expect(q4).toMatchObject({ kind: 'quarterly', quarter: 4, opens: '2021-10-19T17:00:00.000Z', closes: '2021-11-30T17:00:00.000Z', version: 1 });
    const stale = await trpcError(p.caller(central, 'en', FEB_28).assessment.round.save(round({ id: q4.id, version: 0, closes: '2021-12-05' })));
    expect(stale.code).toBe('CONFLICT');
    expect(describeError(stale, 'en').conflict).toEqual({ version: 1, current: { periodId: PERIOD, kind: 'quarterly', quarter: 4, opens: '2021-10-20', closes: '2021-11-30' } });
  });

  it('thresholds change the tier everywhere at once; bad ones are named at their field; a stale save is a conflict', async () => {
    const settings = p.caller(central, 'en', FEB_28).assessment.settings;
    const { thresholds, version } = await settings.get();
    expect(thresholds).toEqual({ sustainable: 14, sufficiency: 11, survive: 8 });
    const bad = await trpcError(settings.save({ sustainable: 10, sufficiency: 11, survive: 8, version }));
    expect(Object.keys(describeError(bad, 'en').fieldErrors)).toEqual(['sustainable']);
    expect((await trpcError(p.caller(staff).assessment.settings.save({ sustainable: 13, sufficiency: 10, survive: 9, version }))).code).toBe('FORBIDDEN');

    await settings.save({ sustainable: 13, sufficiency: 10, survive: 9, version });
    expect((await p.caller(staff, 'en', FEB_28).assessment.form.get({ tambonId: THA_KHLO, roundId: BASELINE })).tier).toBe('survive');
    expect((await p.caller(staff, 'en', FEB_28).assessment.form.get({ tambonId: THA_KHLO, roundId: Q1 })).tier).toBe('sufficiency');
    const stale = await trpcError(settings.save({ sustainable: 14, sufficiency: 11, survive: 8, version }));
    expect(describeError(stale, 'en').conflict).toEqual({ version: version + 1, current: { sustainable: 13, sufficiency: 10, survive: 9 } });
    await settings.save({ sustainable: 14, sufficiency: 11, survive: 8, version: version + 1 });
    const audit = await p.admin.collection('assessment_events').getFullList({ filter: 'kind = "settings"', sort: 'created' });
    expect(audit.map((r) => [r['by_name'], r['after']])).toEqual([
      ['สมชาย ส่วนกลาง', { sustainable: 13, sufficiency: 10, survive: 9 }],
      ['สมชาย ส่วนกลาง', { sustainable: 14, sufficiency: 11, survive: 8 }],
    ]);
  });
});
