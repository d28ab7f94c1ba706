import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { assessmentModule } from '@otou/domain';
import { failure, moduleHarness, ModuleHarness, ok as data, stubApi, type ApiCall } from '@otou/sdk/testing';
import RoundsAdmin from './RoundsAdmin.svelte';

/** The 2564 period with its baseline (1 Jan – 31 Mar 2564, Thai days), open now. */
const listed = {
  period: { id: 'p', code: '2564', name_th: 'โครงการปี 2564', name_en: 'Programme 2564' },
  rounds: [
    {
      id: 'b', periodId: 'p', kind: 'baseline', quarter: 0, opens: '2020-12-31T17:00:00.000Z', closes: '2021-03-31T17:00:00.000Z',
      days: { opens: '2021-01-01', closes: '2021-03-31' }, window: { open: true, why: 'window', closes: '2021-03-31T17:00:00.000Z' }, version: 2,
    },
  ],
};

let calls: ApiCall[] = [];
const server = (answer: (path: string, input: unknown) => unknown) => (calls = stubApi(answer));
const saves = () => calls.filter((c) => c.path === 'assessment.round.save').map((c) => c.input);

/** Types a day into a DateInputBE the way a person does: day, month from the list, year in the Buddhist Era. */
async function typeDay(legend: string, day: string, month: string, yearBE: string) {
  const field = within(screen.getByRole('group', { name: legend }));
  await fireEvent.input(field.getByRole('textbox', { name: 'วัน' }), { target: { value: day } });
  await fireEvent.change(field.getByRole('combobox', { name: 'เดือน' }), { target: { value: month } });
  await fireEvent.input(field.getByRole('textbox', { name: 'ปี (พ.ศ.)' }), { target: { value: yearBE } });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the rounds of a period, for the central office', { timeout: 20_000 }, () => {
  const central = () => moduleHarness({ manifest: assessmentModule, user: { role: 'central_admin', placement: { level: 'central' } } });

  it('lists each round with its Thai days and state, and adds a quarter typed in the Buddhist Era as the CE days the API takes', async () => {
    server((path) => (path === 'assessment.round.save' ? data({ ok: true, id: 'q2' }) : data(listed)));
    render(ModuleHarness, central().props(RoundsAdmin));
    const baseline = (await screen.findAllByRole('listitem')).find((li) => li.getAttribute('data-round') === 'baseline')!;
    expect(baseline.textContent).toContain('1 ม.ค. 2564 – 31 มี.ค. 2564');
    expect(within(baseline).getByTestId('round-state').textContent).toBe('เปิดอยู่');

    await fireEvent.change(screen.getByRole('combobox', { name: 'ประเภทรอบ' }), { target: { value: 'quarterly' } });
    await fireEvent.change(screen.getByRole('combobox', { name: 'ไตรมาส' }), { target: { value: '2' } });
    await typeDay('วันแรกที่เปิด', '15', '6', '2564');
    await typeDay('วันสุดท้ายที่เปิด', '15', '7', '2564');
    await fireEvent.click(screen.getByRole('button', { name: 'เพิ่มรอบการประเมิน' }));
    await vi.waitFor(() => expect(saves()).toHaveLength(1));
    expect(saves()[0]).toEqual({ version: 0, periodId: 'p', kind: 'quarterly', quarter: 2, opens: '2021-06-15', closes: '2021-07-15' });
    await vi.waitFor(() => expect(screen.getByTestId('round-status').textContent).toBe('บันทึกรอบ ไตรมาส 2 แล้ว'));
  });

  it('names a last day before the first at its field without sending, and shows a colleague\'s change beside the edit', async () => {
    const conflict = failure('มีผู้อื่นบันทึก', { code: 'CONFLICT', httpStatus: 409, messageKey: 'error.conflict', conflict: { version: 3, current: { periodId: 'p', kind: 'baseline', quarter: 0, opens: '2021-01-01', closes: '2021-04-30' } } });
    server((path, input) => (path === 'assessment.round.save' ? ((input as { version: number }).version === 2 ? conflict : data({ ok: true, id: 'b' })) : data(listed)));
    render(ModuleHarness, central().props(RoundsAdmin));
    await fireEvent.click(await screen.findByRole('button', { name: 'แก้ไขรอบ เริ่มดำเนินกิจกรรม' }));
    await typeDay('วันสุดท้ายที่เปิด', '31', '12', '2563');
    await fireEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
    expect(within(screen.getByRole('group', { name: 'วันสุดท้ายที่เปิด' })).getByRole('alert').textContent).toBe('วันปิดรอบต้องไม่ก่อนวันเปิดรอบ กรุณาตรวจสอบวันที่');
    expect(saves()).toEqual([]);

    await typeDay('วันสุดท้ายที่เปิด', '15', '4', '2564');
    await fireEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
    const notice = await screen.findByTestId('round-conflict');
    expect(notice.textContent).toContain('เริ่มดำเนินกิจกรรม: 1 ม.ค. 2564 – 30 เม.ย. 2564 → เริ่มดำเนินกิจกรรม: 1 ม.ค. 2564 – 15 เม.ย. 2564');
    await fireEvent.click(within(notice).getByRole('button', { name: 'บันทึกค่าที่ท่านกรอกแทนค่าล่าสุด' }));
    await vi.waitFor(() => expect(saves()).toHaveLength(2));
    expect(saves()[1]).toMatchObject({ id: 'b', version: 3, closes: '2021-04-15' });
  });
});
