import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { employmentModule, MAX_IMPORT_BYTES } from '@otou/domain';
import { failure, moduleHarness, ModuleHarness, ok, stubApi, type ApiCall } from '@otou/sdk/testing';
import Import from './Import.svelte';

let calls: ApiCall[] = [];
const imports = () => calls.filter((c) => c.path === 'employment.applicant.import').map((c) => c.input as { dryRun: boolean; base64: string; filename: string });
const staff = () => moduleHarness({ manifest: employmentModule, user: { role: 'university_staff', placement: { level: 'university', universityId: 'u1' } } as never });

async function choose(name: string, text: string) {
  const input = screen.getByTestId('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'text/csv' })], configurable: true });
  await fireEvent.change(input);
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const bad = {
  checked: 3,
  imported: 0,
  problems: [
    { row: 2, column: 'เลขประจำตัวประชาชน', message: 'เลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง) กรุณาตรวจสอบกับบัตรประชาชน' },
    { row: 2, column: 'ชื่อ', message: 'ช่องนี้เป็นสูตร ระบบรับเฉพาะค่าที่พิมพ์ กรุณาพิมพ์ค่าแทนสูตร' },
    { row: 4, column: 'เลขประจำตัวประชาชน', message: 'บุคคลนี้มีสัญญาจ้างที่ยังมีผลอยู่แล้ว (ทั่วประเทศมีได้คนละ 1 สัญญา)' },
  ],
};

describe('importing applicants', { timeout: 20_000 }, () => {
  it('checks the file first and lists every bad row with its column and reason, importing nothing', async () => {
    calls = stubApi(() => ok(bad));
    render(ModuleHarness, staff().props(Import, { tambonId: 't1' }));
    await choose('applicants.csv', 'เลขประจำตัวประชาชน,ชื่อ\n1,=A1\n');
    const problems = await screen.findByTestId('import-problems');
    expect(within(problems).getByRole('heading').textContent).toBe('พบปัญหา 3 รายการใน 2 แถว (ตรวจ 3 แถว)');
    const rows = within(problems).getAllByRole('row').slice(1).map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual(bad.problems.map((p) => [String(p.row), p.column, p.message]));
    expect(imports().map((i) => i.dryRun)).toEqual([true]);
    // The file travelled as base64 of its bytes.
    expect(new TextDecoder().decode(Uint8Array.from(atob(imports()[0]!.base64), (c) => c.charCodeAt(0)))).toBe('เลขประจำตัวประชาชน,ชื่อ\n1,=A1\n');
    expect(screen.queryByRole('button', { name: /^นำเข้าผู้สมัคร/ })).toBeNull();
  });

  it('imports a clean file only when asked, and says how many came in', async () => {
    calls = stubApi((_, input) => ok((input as { dryRun: boolean }).dryRun ? { checked: 2, imported: 0, problems: [] } : { checked: 2, imported: 2, problems: [] }));
    render(ModuleHarness, staff().props(Import, { tambonId: 't1' }));
    await choose('good.csv', 'x');
    expect((await screen.findByTestId('import-clean')).textContent).toContain('ไฟล์ถูกต้องทั้งหมด พร้อมนำเข้าผู้สมัคร 2 คน');
    expect(imports().map((i) => i.dryRun)).toEqual([true]);
    await fireEvent.click(screen.getByRole('button', { name: 'นำเข้าผู้สมัคร 2 คน' }));
    await vi.waitFor(() => expect(screen.getByTestId('import-status').textContent).toBe('นำเข้าผู้สมัครแล้ว 2 คน'));
    expect(imports().map((i) => [i.dryRun, i.filename])).toEqual([
      [true, 'good.csv'],
      [false, 'good.csv'],
    ]);
  });

  it('refuses a file that is not .xlsx or .csv, or is larger than the server takes, before sending it', async () => {
    calls = stubApi(() => ok(bad));
    render(ModuleHarness, staff().props(Import, { tambonId: 't1' }));
    await choose('applicants.csv', 'x'.repeat(MAX_IMPORT_BYTES + 1));
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('กรุณาเลือกไฟล์ .xlsx หรือ .csv ขนาดไม่เกิน 700 KB (แบ่งไฟล์หากใหญ่กว่านี้)'));
    await choose('applicants.pdf', 'x');
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('กรุณาเลือกไฟล์ .xlsx หรือ .csv ขนาดไม่เกิน 700 KB (แบ่งไฟล์หากใหญ่กว่านี้)'));
    expect(imports()).toEqual([]);
  });
});

describe('a file the server cannot read', { timeout: 20_000 }, () => {
  it('says why at the file chooser', async () => {
    calls = stubApi(() => failure('ข้อมูลไม่ถูกต้อง กรุณาแก้ไขช่องที่แจ้งไว้', { code: 'BAD_REQUEST', httpStatus: 400, messageKey: 'error.validation', fieldErrors: { base64: ['อ่านไฟล์ไม่ได้ กรุณาบันทึกเป็น .xlsx หรือ .csv (UTF-8) จากแบบฟอร์มนำเข้าของระบบ'] } }));
    render(ModuleHarness, staff().props(Import, { tambonId: 't1' }));
    await choose('broken.xlsx', 'not a workbook');
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toBe('อ่านไฟล์ไม่ได้ กรุณาบันทึกเป็น .xlsx หรือ .csv (UTF-8) จากแบบฟอร์มนำเข้าของระบบ'));
    expect(screen.queryByTestId('import-problems')).toBeNull();
  });
});
