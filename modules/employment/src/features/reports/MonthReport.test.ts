import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { employmentModule } from '@otou/domain';
import { failure, moduleHarness, ModuleHarness, ok, stubApi, type ApiCall } from '@otou/sdk/testing';
import MonthReport from './MonthReport.svelte';
import { workerContract, workerPlaces } from './testData.ts';
import type { Report } from './types.ts';

const report = (over: Partial<Report>): Report => ({
  id: null, contractId: 'c1', year: 2021, month: 2, status: 'draft', evaluation: '', work: '', training: '', returnReason: '',
  submittedAt: '', decidedAt: '', decidedBy: '', version: 0, problems: [], can: { submit: true, decide: false }, ...over,
});
const january = report({ id: 'r1', month: 1, status: 'returned', work: 'สำรวจข้อมูลครัวเรือน', training: '', returnReason: 'ขอรายละเอียดพื้นที่ที่ลงงาน', submittedAt: '2021-02-01T03:00:00.000Z', version: 3 });

let calls: ApiCall[] = [];
function open(search: string, submit: (input: unknown) => unknown, other = report({})) {
  calls = stubApi((path, input) => {
    if (path === 'employment.contract.mine') return ok([workerContract()]);
    if (path === 'employment.report.get') return ok((input as { month: number }).month === 1 ? january : other);
    if (path === 'employment.report.submit') return submit(input);
    return ok(null);
  });
  history.replaceState(null, '', `/employment/mine/c1/report${search}`);
  render(ModuleHarness, moduleHarness({ manifest: employmentModule, user: { role: 'worker', places: workerPlaces } }).props(MonthReport, { contractId: 'c1' }));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('a worker\'s monthly report', () => {
  it('opens on the latest month the contract can report, offers only the months the domain allows, and submits what was typed', async () => {
    open('', () => ok(report({ id: 'r2', status: 'submitted', version: 1 })));
    const month = await screen.findByLabelText('เดือน');
    expect([...(month as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['กุมภาพันธ์ 2564', 'มกราคม 2564', 'ธันวาคม 2563']);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('รายงานเดือนกุมภาพันธ์ 2564');
    await fireEvent.input(await screen.findByLabelText('งานที่ทำในเดือนนี้'), { target: { value: 'จัดเก็บข้อมูล TPMAP 40 ครัวเรือน' } });
    await fireEvent.input(screen.getByLabelText('การอบรมที่เข้าร่วม'), { target: { value: 'ทักษะดิจิทัล 3 ก.พ.' } });
    await fireEvent.click(screen.getByRole('button', { name: 'ส่งรายงาน' }));
    await vi.waitFor(() => expect(screen.getByTestId('report-status-line').textContent).toBe('ส่งรายงานเดือนกุมภาพันธ์ 2564แล้ว รอตรวจรับ'));
    expect(calls.find((c) => c.path === 'employment.report.submit')?.input).toEqual({ contractId: 'c1', year: 2021, month: 2, version: 0, work: 'จัดเก็บข้อมูล TPMAP 40 ครัวเรือน', training: 'ทักษะดิจิทัล 3 ก.พ.' });
  });

  it('shows a returned report with its reason, keeps what was written, and puts the server\'s refusal at its field', async () => {
    open('?m=2021-01', () => failure('ข้อมูลไม่ถูกต้อง กรุณาแก้ไขช่องที่แจ้งไว้', { code: 'BAD_REQUEST', httpStatus: 400, fieldErrors: { work: ['กรุณาเล่างานที่ทำในเดือนนี้ ยาวไม่เกิน 5,000 ตัวอักษร'] } }));
    expect((await screen.findByTestId('return-reason')).textContent).toBe('ส่งกลับให้แก้ไขเพราะ: ขอรายละเอียดพื้นที่ที่ลงงาน');
    const work = screen.getByLabelText('งานที่ทำในเดือนนี้') as HTMLTextAreaElement;
    expect(work.value).toBe('สำรวจข้อมูลครัวเรือน');
    await fireEvent.input(work, { target: { value: ' ' } });
    await fireEvent.click(screen.getByRole('button', { name: 'ส่งรายงานที่แก้ไขแล้ว' }));
    await vi.waitFor(() => expect(work.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(work.getAttribute('aria-describedby')!.split(' ').at(-1)!)?.textContent).toContain('กรุณาเล่างานที่ทำในเดือนนี้');
    expect(calls.find((c) => c.path === 'employment.report.submit')?.input).toMatchObject({ month: 1, version: 3 });
  });

  it('says why a month in the address cannot be reported, in the domain\'s words, and offers no form', async () => {
    open('?m=2021-03', () => ok(null), report({ month: 3, problems: ['ยังไม่ถึงเดือน 3/2564 รายงานได้เมื่อเริ่มปฏิบัติงานในเดือนนั้นแล้ว'] }));
    expect((await screen.findByTestId('month-problems')).textContent).toBe('ยังไม่ถึงเดือน 3/2564 รายงานได้เมื่อเริ่มปฏิบัติงานในเดือนนั้นแล้ว');
    expect(screen.queryByTestId('report-form')).toBeNull();
    expect(calls.some((c) => c.path === 'employment.report.submit')).toBe(false);
  });
});
