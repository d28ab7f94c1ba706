import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { employmentModule } from '@otou/domain';
import { moduleHarness, ModuleHarness, ok, stubApi } from '@otou/sdk/testing';
import Certificate from './Certificate.svelte';
import { workerContract } from '../reports/testData.ts';

type Status = { contractId: string; eligible: boolean; run: { start: string; end: string } | null; missing: string[]; months: unknown[]; canIssue: boolean };
const earned: Status = { contractId: 'c1', eligible: true, run: { start: '2020-06-01', end: '2021-01-31' }, missing: [], months: [], canIssue: false };
const contract = {
  contract: workerContract(), nationalId: 'x-xxxx-xxxxx-12-3', nationalIdWhole: false, tambon: { id: 't1', code: '190204', name_th: 'ห้วยแห้ง', name_en: 'Huai Haeng' },
  agency: null, reports: [], payments: [], events: [],
};
const university = { id: 'u1', code: 'CU', name_th: 'จุฬาลงกรณ์มหาวิทยาลัย', name_en: 'Chulalongkorn University' };

function open(status: Status) {
  const calls = stubApi((path) => ok(path === 'employment.certificate.status' ? status : contract));
  render(ModuleHarness, moduleHarness({ manifest: employmentModule, user: { role: 'worker', places: { university } } }).props(Certificate, { contractId: 'c1' }));
  return calls;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the certificate of service', () => {
  it('shows the certificate when earned, with the days in the Buddhist Era, and downloads the PDF signed in as the user', async () => {
    open(earned);
    const cert = await screen.findByTestId('certificate');
    expect(cert.textContent).toContain('สมหญิง ใจดี ได้ปฏิบัติงานในฐานะผู้ถูกจ้างงานประเภทบัณฑิต ตำบลห้วยแห้ง ตั้งแต่วันที่ 1 มิถุนายน 2563 ถึงวันที่ 31 มกราคม 2564');
    expect(cert.textContent).toContain('จุฬาลงกรณ์มหาวิทยาลัย');

    // The PDF is a plain HTTP route beside the API, fetched with the user's token and saved as a download.
    const pdf = vi.fn(async () => new Response('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/pdf' } }));
    vi.stubGlobal('fetch', pdf);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    await fireEvent.click(screen.getByRole('button', { name: 'ดาวน์โหลด PDF' }));
    await vi.waitFor(() => expect(pdf).toHaveBeenCalled());
    await vi.waitFor(() => expect(URL.createObjectURL).toHaveBeenCalled());
    const [url, init] = pdf.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://platform.test/api/employment/certificate/c1.pdf');
    expect((init.headers as Record<string, string>)['authorization']).toBe('Bearer test-token');
  });

  it('says what is missing, in the server\'s words, and offers neither print nor PDF before it is earned', async () => {
    open({ ...earned, eligible: false, run: { start: '2021-01-01', end: '2021-02-28' }, missing: ['รายงานเดือน 2/2564 ยังไม่ได้รับการตรวจรับ', 'ปฏิบัติงานต่อเนื่องและผ่านการประเมินตั้งแต่ 1/1/2564 ถึง 28/2/2564 จะครบ 6 เดือนเมื่อปฏิบัติงานถึงวันที่ 30/6/2564 และรายงานทุกเดือนผ่านการประเมิน'] });
    const missing = await screen.findByTestId('certificate-missing');
    expect(missing.textContent).toContain('ยังออกหนังสือรับรองให้สมหญิง ใจดีไม่ได้ เพราะ');
    expect(within(missing).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'รายงานเดือน 2/2564 ยังไม่ได้รับการตรวจรับ',
      'ปฏิบัติงานต่อเนื่องและผ่านการประเมินตั้งแต่ 1/1/2564 ถึง 28/2/2564 จะครบ 6 เดือนเมื่อปฏิบัติงานถึงวันที่ 30/6/2564 และรายงานทุกเดือนผ่านการประเมิน',
    ]);
    expect(screen.queryByTestId('certificate')).toBeNull();
    expect(screen.queryByRole('button', { name: 'ดาวน์โหลด PDF' })).toBeNull();
  });
});
