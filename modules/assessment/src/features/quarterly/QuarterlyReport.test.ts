import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { assessmentModule, GOAL_CODES, USI_INDICATORS } from '@otou/domain';
import { failure, moduleHarness, ModuleHarness, ok as data, stubApi, type ApiCall } from '@otou/sdk/testing';
import QuarterlyReport from './QuarterlyReport.svelte';

const round = { id: 'q1', periodId: 'p', kind: 'quarterly', quarter: 1, opens: '2021-02-14T17:00:00.000Z', closes: '2021-04-15T17:00:00.000Z' };
/** Chulalongkorn's USI report for Q1: every indicator answered but the last; 3 tambons, 2 approved and 1 awaiting approval. */
const report = (over: Record<string, unknown> = {}) => ({
  kind: 'usi',
  place: { id: 'u1', code: 'CU', name_th: 'จุฬาลงกรณ์มหาวิทยาลัย', name_en: 'Chulalongkorn University', networkId: 'n1' },
  round,
  report: { indicators: Object.fromEntries(USI_INDICATORS.slice(0, 13).map((i) => [i.code, `คำตอบ ${i.code}`])), goalNotes: {}, impact: '' },
  status: 'draft',
  version: 3,
  submittedBy: null,
  can: { edit: true, submit: true, reopen: false },
  coverage: {
    tambons: 3,
    counted: { approved: 2, provisional: 3 },
    goals: GOAL_CODES.map((goal) => ({ goal, approved: { have: 1, expected: 0, neither: 2 }, provisional: { have: 2, expected: 1, neither: 0 } })),
  },
  ...over,
});

let calls: ApiCall[] = [];
const server = (answer: (path: string, input: unknown) => unknown) => (calls = stubApi(answer));
const saves = () => calls.filter((c) => c.path === 'assessment.usi.save').map((c) => c.input as Record<string, unknown>);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('the USI report', { timeout: 20_000 }, () => {
  it('says which tambons its goal coverage counts, approved or provisional', async () => {
    server((path) => (path === 'assessment.round.list' ? data({ period: {}, rounds: [] }) : data(report())));
    history.replaceState(null, '', '/assessment/university/u1?r=q1');
    render(ModuleHarness, moduleHarness({ manifest: assessmentModule }).props(QuarterlyReport, { universityId: 'u1' }));
    const table = await screen.findByTestId('report-coverage');
    const goal = (code: string) => within(table).getAllByRole('row').find((r) => r.getAttribute('data-goal') === code)!;
    expect(within(goal('1.1')).getAllByRole('cell').map((c) => c.textContent?.trim())).toEqual(['1', '0', '2']);
    expect(screen.getByTestId('coverage-note').textContent).toContain('นับแล้ว 2 จาก 3 ตำบล');
    await fireEvent.click(screen.getByRole('radio', { name: 'รวมที่รออนุมัติ (เบื้องต้น)' }));
    expect(within(goal('1.1')).getAllByRole('cell').map((c) => c.textContent?.trim())).toEqual(['2', '1', '0']);
    expect(screen.getByTestId('coverage-note').textContent).toContain('นับแล้ว 3 จาก 3 ตำบล');
  });

  it('names an unanswered indicator at its field before a submit is sent, then submits every answer with the version it started from', async () => {
    server((path, input) => (path === 'assessment.usi.save' ? data({ status: (input as { submit: boolean }).submit ? 'submitted' : 'draft', version: 4 }) : path === 'assessment.round.list' ? data({ period: {}, rounds: [] }) : data(report())));
    history.replaceState(null, '', '/assessment/university/u1?r=q1');
    render(ModuleHarness, moduleHarness({ manifest: assessmentModule }).props(QuarterlyReport, { universityId: 'u1' }));
    const last = await screen.findByRole('textbox', { name: /^USI 14\./ });
    await fireEvent.click(screen.getByRole('button', { name: 'ส่งรายงาน' }));
    await vi.waitFor(() => expect(last.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(last.getAttribute('aria-describedby')!)?.textContent).toBe('กรุณากรอกตัวชี้วัดนี้ก่อนส่งรายงาน');
    expect(saves()).toEqual([]);

    await fireEvent.input(last, { target: { value: ' สำรวจ 3 ตำบลแล้ว ' } });
    await fireEvent.click(screen.getByRole('button', { name: 'ส่งรายงาน' }));
    await vi.waitFor(() => expect(screen.getByTestId('report-status-message').textContent).toContain('ส่งรายงานแล้ว'));
    expect(saves()).toHaveLength(1);
    expect(saves()[0]).toMatchObject({ universityId: 'u1', roundId: 'q1', version: 3, submit: true });
    expect(Object.keys(saves()[0]!['indicators'] as object)).toHaveLength(14);
    expect((saves()[0]!['indicators'] as Record<string, string>)['14']).toBe('สำรวจ 3 ตำบลแล้ว');
  });

  it('on a conflict shows what a colleague saved beside what was typed, and saves over it only when asked', async () => {
    const conflict = failure('มีผู้อื่นบันทึก', { code: 'CONFLICT', httpStatus: 409, messageKey: 'error.conflict', conflict: { version: 5, current: { ...report().report, impact: 'รายได้เพิ่ม 12%', status: 'draft' } } });
    server((path, input) => (path === 'assessment.usi.save' ? ((input as { version: number }).version === 3 ? conflict : data({ status: 'draft', version: 6 })) : path === 'assessment.round.list' ? data({ period: {}, rounds: [] }) : data(report())));
    history.replaceState(null, '', '/assessment/university/u1?r=q1');
    render(ModuleHarness, moduleHarness({ manifest: assessmentModule }).props(QuarterlyReport, { universityId: 'u1' }));
    await fireEvent.input(await screen.findByRole('textbox', { name: 'สรุปผลกระทบในรอบ 12 เดือน' }), { target: { value: 'รายได้เพิ่ม 15%' } });
    await fireEvent.click(screen.getByRole('button', { name: 'บันทึกร่าง' }));
    const notice = await screen.findByTestId('report-conflict');
    expect(notice.textContent).toContain('สรุปผลกระทบในรอบ 12 เดือน: รายได้เพิ่ม 12% → รายได้เพิ่ม 15%');
    expect(saves()).toHaveLength(1);
    await fireEvent.click(within(notice).getByRole('button', { name: 'บันทึกค่าที่ท่านกรอกแทนค่าล่าสุด' }));
    await vi.waitFor(() => expect(saves()).toHaveLength(2));
    expect(saves()[1]).toMatchObject({ version: 5, impact: 'รายได้เพิ่ม 15%', submit: false });
  });
});
