import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { employmentModule } from '@otou/domain';
import { failure, moduleHarness, ModuleHarness, ok, stubApi, type ApiCall } from '@otou/sdk/testing';
import Queue from './Queue.svelte';
import type { QueuedReport } from './types.ts';

const waiting: QueuedReport = {
  id: 'r9', contractId: 'c1', name: 'สมหญิง ใจดี', type: 'graduate', tambon: { id: 't1', code: '190204', name_th: 'ห้วยแห้ง', name_en: 'Huai Haeng' }, agency: null,
  year: 2021, month: 2, work: 'จัดเก็บข้อมูล TPMAP 40 ครัวเรือน', training: '', submittedAt: '2021-02-27T03:00:00.000Z', version: 2,
  pay: { amount: 15_000, days: 28, daysInMonth: 28 },
};

let calls: ApiCall[] = [];
function open(search: string, answers: Record<string, (input: unknown) => unknown> = {}) {
  // Once decided, the report leaves the queue, as the server's answer does.
  const decided = () => calls.some((c) => c.path === 'employment.report.accept' || c.path === 'employment.report.return');
  calls = stubApi((path, input) => (answers[path] ?? (() => ok(path === 'employment.report.queue' ? (decided() ? [] : [waiting]) : null)))(input));
  history.replaceState(null, '', `/employment/queue${search}`);
  render(ModuleHarness, moduleHarness({ manifest: employmentModule, user: { role: 'university_staff', placement: { level: 'university', universityId: 'u1' } } }).props(Queue));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('the acceptance queue', () => {
  it('lists the submitted reports and opens one with what it pays; accepting sends the evaluation chosen', async () => {
    open('');
    const link = await screen.findByRole('link', { name: 'สมหญิง ใจดี' });
    expect(within(screen.getByTestId('queue-list')).getByText('ก.พ. 2564')).toBeTruthy();
    await fireEvent.click(link);
    expect(location.search).toBe('?r=r9');
    window.dispatchEvent(new Event('single-spa:routing-event')); // what the shell does after a navigation
    const panel = await screen.findByTestId('decide-panel');
    expect(within(panel).getByTestId('report-work').textContent).toBe('จัดเก็บข้อมูล TPMAP 40 ครัวเรือน');
    expect(within(panel).getByTestId('report-training').textContent).toBe('ไม่ได้เข้าร่วมการอบรมในเดือนนี้');
    expect(within(panel).getByTestId('report-pay').textContent).toBe('เมื่อตรวจรับ จะจ่ายค่าจ้าง 15,000 บาท สำหรับ 28 วันจาก 28 วันของเดือน');
    await fireEvent.click(within(panel).getByRole('radio', { name: 'ไม่ผ่านการประเมิน' }));
    await fireEvent.click(within(panel).getByRole('button', { name: 'ตรวจรับรายงาน' }));
    await vi.waitFor(() => expect(screen.getByTestId('decide-status').textContent).toBe('ตรวจรับรายงานของสมหญิง ใจดี เดือนกุมภาพันธ์ 2564แล้ว และบันทึกการจ่ายค่าจ้าง'));
    // The queue refreshed without it; the panel still says what was done.
    await vi.waitFor(() => expect(calls.filter((c) => c.path === 'employment.report.queue').length).toBe(2));
    expect(within(screen.getByTestId('queue-list')).getByText('ไม่มีรายงานที่รอตรวจรับ')).toBeTruthy();
    expect(screen.getByTestId('decide-status').textContent).toBe('ตรวจรับรายงานของสมหญิง ใจดี เดือนกุมภาพันธ์ 2564แล้ว และบันทึกการจ่ายค่าจ้าง');
    expect(calls.find((c) => c.path === 'employment.report.accept')?.input).toEqual({ reportId: 'r9', version: 2, evaluation: 'failed' });
  });

  it('returns a report only with a reason, said at the reason field', async () => {
    open('?r=r9', {
      'employment.report.return': (input) =>
        (input as { reason: string }).reason ? ok({}) : failure('ข้อมูลไม่ถูกต้อง', { code: 'BAD_REQUEST', httpStatus: 400, fieldErrors: { reason: ['กรุณาระบุเหตุผล ยาวไม่เกิน 1,000 ตัวอักษร'] } }),
    });
    const panel = await screen.findByTestId('decide-panel');
    await fireEvent.click(within(panel).getByRole('button', { name: 'ส่งกลับให้แก้ไข' }));
    const reason = within(panel).getByLabelText('เหตุผลที่ส่งกลับให้แก้ไข');
    await vi.waitFor(() => expect(reason.getAttribute('aria-invalid')).toBe('true'));
    expect(panel.textContent).toContain('กรุณาระบุเหตุผล ยาวไม่เกิน 1,000 ตัวอักษร');
    await fireEvent.input(reason, { target: { value: 'ขอรายละเอียดพื้นที่ที่ลงงาน' } });
    await fireEvent.click(within(panel).getByRole('button', { name: 'ส่งกลับให้แก้ไข' }));
    await vi.waitFor(() => expect(screen.getByTestId('decide-status').textContent).toBe('ส่งรายงานของสมหญิง ใจดี เดือนกุมภาพันธ์ 2564กลับให้แก้ไขแล้ว'));
    expect(calls.filter((c) => c.path === 'employment.report.return').at(-1)?.input).toEqual({ reportId: 'r9', version: 2, reason: 'ขอรายละเอียดพื้นที่ที่ลงงาน' });
  });

  it('tells the second person who decides the same report what the first decided, and offers nothing to save over it', async () => {
    open('?r=r9', {
      'employment.report.accept': () =>
        failure('มีผู้อื่นบันทึกข้อมูลนี้หลังจากที่ท่านเปิดไว้', { code: 'CONFLICT', httpStatus: 409, conflict: { version: 3, current: { status: 'accepted', evaluation: 'passed', decidedByName: 'อรุณี ตรวจดี' } } }),
    });
    const panel = await screen.findByTestId('decide-panel');
    await fireEvent.click(within(panel).getByRole('button', { name: 'ตรวจรับรายงาน' }));
    const notice = await screen.findByTestId('decide-conflict');
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['สถานะ: ตรวจรับแล้ว', 'ผลการประเมิน: ผ่านการประเมิน', 'โดย อรุณี ตรวจดี']);
    expect(within(notice).queryByRole('button')).toBeNull();
  });
});
