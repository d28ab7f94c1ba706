import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { employmentModule } from '@otou/domain';
import { moduleHarness, ModuleHarness, ok, stubApi } from '@otou/sdk/testing';
import Mine from './Mine.svelte';
import { workerContract, workerPlaces } from '../reports/testData.ts';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('my contract', () => {
  it('lists the months I can report with where each stands and what to do, the reason a report came back, and my pay', async () => {
    const calls = stubApi((path) =>
      ok(
        path === 'employment.contract.mine'
          ? [workerContract()]
          : [{ id: 'p1', contractId: 'c1', year: 2020, month: 12, line: '1.2', amount: 15_000, days: 31, due: '2021-01-02', recordedAt: '2021-01-05T03:00:00.000Z', type: 'graduate' }],
      ),
    );
    render(ModuleHarness, moduleHarness({ manifest: employmentModule, user: { role: 'worker', name: 'สมหญิง ใจดี', places: workerPlaces } }).props(Mine));
    const contract = await screen.findByTestId('my-contract');
    expect(contract.textContent).toContain('1 ธันวาคม 2563 – 30 พฤศจิกายน 2564');
    expect(contract.textContent).toContain('15,000 บาท');
    const rows = [...contract.querySelectorAll('tr[data-month]')].map((tr) => [tr.getAttribute('data-month'), within(tr as HTMLElement).getByTestId('month-action').textContent]);
    // March has not begun (the domain's problem): it is not offered.
    expect(rows).toEqual([['2021-02', 'เขียนรายงาน'], ['2021-01', 'แก้ไขแล้วส่งใหม่'], ['2020-12', 'ดูรายงาน']]);
    expect(within(contract).getByTestId('return-reason').textContent).toBe('ส่งกลับให้แก้ไขเพราะ: ขอรายละเอียดพื้นที่ที่ลงงาน');
    const pay = await screen.findByTestId('payments');
    expect(pay.textContent).toContain('ธ.ค. 2563');
    expect(pay.textContent).toContain('15,000');
    expect(pay.textContent).toContain('จ่ายช้า');
    expect(calls.find((c) => c.path === 'employment.payment.list')?.input).toEqual({ contractId: 'c1' });
    expect(within(contract).getByTestId('certificate-link').getAttribute('href')).toBe('/employment/certificate/c1');
  });
});
