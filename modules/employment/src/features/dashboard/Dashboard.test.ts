import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { employmentModule } from '@otou/domain';
import { moduleHarness, ModuleHarness, ok, stubApi, type ApiCall } from '@otou/sdk/testing';
import Dashboard from './Dashboard.svelte';
import type { Counts, Summary, UnitRow } from './types.ts';

const counts = (hired: [number, number, number], target: [number, number, number]): Counts => {
  const row = (h: number, t: number) => ({ hired: h, target: t, open: Math.max(0, t - h) });
  return { citizen: row(hired[0], target[0]), graduate: row(hired[1], target[1]), student: row(hired[2], target[2]), total: row(hired[0] + hired[1] + hired[2], target[0] + target[1] + target[2]) };
};
const unit = (id: string, code: string, name: string, byType: Counts): UnitRow => ({ id, code, name_th: name, name_en: name, tambons: 2, byType, awaiting: 1, late: { count: 0, amountSatang: 0 }, resigned: 0 });
const national: Summary = {
  level: 'national', place: null, period: { id: 'p', code: '2564', name_th: 'โครงการปี 2564', name_en: 'Programme 2564' }, asOf: '2021-02-28', tambons: 3_000,
  // One citizen short of the whole target: the page must not read 100%.
  byType: counts([14_999, 30_000, 15_000], [15_000, 30_000, 15_000]), awaiting: 12, late: { count: 3, amountSatang: 4_500_000 }, resigned: 4,
  rows: { level: 'network', items: [unit('n1', 'UC', 'เครือข่ายภาคกลางตอนบน', counts([5, 10, 5], [5, 10, 5]))] }, workers: [],
};
const tambon: Summary = {
  ...national, level: 'tambon', place: { id: 't1', code: '190204', name_th: 'ห้วยแห้ง', name_en: 'Huai Haeng' }, tambons: 1, byType: counts([1, 1, 0], [5, 10, 5]), rows: { level: 'tambon', items: [] },
  workers: [{ contractId: 'c1', name: 'สมหญิง ใจดี', nationalIdMasked: 'x-xxxx-xxxxx-12-3', type: 'graduate', start: '2020-12-01', end: '2021-11-30', status: 'active', lastWorkingDay: '', replaces: null, reports: { accepted: 2, submitted: 1, returned: 0 }, paidSatang: 3_000_000, latePayments: 1 }],
};

let calls: ApiCall[] = [];
function open(search: string, summary: Summary) {
  calls = stubApi(() => ok(summary));
  history.replaceState(null, '', `/employment/dashboard${search}`);
  render(ModuleHarness, moduleHarness({ manifest: employmentModule, user: { role: 'central_admin', placement: { level: 'central' } } }).props(Dashboard));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('the employment dashboard', () => {
  it('shows hired against the target by type, never a completion one person short, says what it counts, and drills into a network', async () => {
    open('', national);
    const types = await screen.findByTestId('dash-types');
    const citizen = types.querySelector('[data-type="citizen"]') as HTMLElement;
    expect(within(citizen).getByTestId('hired').textContent).toBe('14,999 จาก 15,000 อัตรา');
    expect(within(citizen).getByTestId('percent').textContent).toBe('จ้างแล้วร้อยละ 99.99');
    expect(within(types.querySelector('[data-type="total"]') as HTMLElement).getByTestId('percent').textContent).toBe('จ้างแล้วร้อยละ 99.99');
    expect(within(types.querySelector('[data-type="graduate"]') as HTMLElement).getByTestId('percent').textContent).toBe('จ้างแล้วร้อยละ 100.00');
    expect(screen.getByTestId('dash-counts').textContent).toContain('ข้อมูล ณ วันที่ 28 กุมภาพันธ์ 2564 จาก 3,000 ตำบล');
    expect(screen.getByTestId('dash-late').textContent).toContain('45,000 บาท');
    expect(calls[0]?.input).toEqual({});
    const network = within(screen.getByTestId('dash-units')).getByRole('link', { name: 'เครือข่ายภาคกลางตอนบน' });
    expect(network.getAttribute('href')).toBe('/employment/dashboard?n=n1');
  });

  it('at a tambon lists its workers, each opening their contract, and asks for the tambon the address names', async () => {
    open('?n=n1&u=u1&t=t1', tambon);
    const workers = await screen.findByTestId('dash-workers');
    expect(within(workers).getByRole('link', { name: 'สมหญิง ใจดี' }).getAttribute('href')).toBe('/employment/contract/c1');
    expect(workers.textContent).toContain('x-xxxx-xxxxx-12-3');
    expect(workers.textContent).toContain('30,000');
    expect(calls[0]?.input).toEqual({ tambonId: 't1' });
    const up = screen.getAllByRole('link').filter((a) => a.textContent?.startsWith('↑')).map((a) => a.getAttribute('href'));
    expect(up).toEqual(['/employment/dashboard', '/employment/dashboard?n=n1', '/employment/dashboard?n=n1&u=u1']);
  });
});
