import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { employmentModule, type Placement, type Role } from '@otou/domain';
import { moduleHarness, ModuleHarness, ok, stubApi } from '@otou/sdk/testing';
import Home from './Home.svelte';
import { workerContract, workerPlaces } from '../reports/testData.ts';

function show(role: Role, placement: Placement, locale: 'th' | 'en' = 'th') {
  const calls = stubApi((path) => ok(path === 'employment.contract.mine' ? [workerContract()] : { level: placement.level, places: {}, counts: { tambons: 1 } }));
  render(ModuleHarness, moduleHarness({ manifest: employmentModule, locale, user: { role, placement, places: role === 'worker' ? workerPlaces : {} } }).props(Home));
  return calls;
}
const links = () => within(screen.getByTestId('next-steps')).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the employment home', () => {
  it('shows a worker their contract and this month\'s report, one click from writing it', async () => {
    show('worker', { level: 'tambon', networkId: 'n1', universityId: 'u1', tambonId: 't1' });
    expect(links()).toEqual([['สัญญาและรายงานของฉัน', '/employment/mine']]);
    const month = await screen.findByTestId('this-month');
    expect(month.textContent).toBe('รายงานเดือนกุมภาพันธ์ 2564');
    expect(month.getAttribute('href')).toBe('/employment/mine/c1/report?m=2021-02');
    expect(screen.getByTestId('my-month').textContent).toContain('ผู้ถูกจ้างงานประเภทบัณฑิต ตำบลห้วยแห้ง');
    expect(within(screen.getByTestId('my-month')).getByTestId('report-status').textContent?.trim()).toBe('ยังไม่ได้เขียน');
  });

  it('speaks English when the user switches, the year still in the Buddhist Era', async () => {
    show('worker', { level: 'tambon', networkId: 'n1', universityId: 'u1', tambonId: 't1' }, 'en');
    expect(links()).toEqual([['My contract and reports', '/employment/mine']]);
    expect((await screen.findByTestId('this-month')).textContent).toBe('Report for February 2564 BE');
    expect(screen.getByTestId('my-month').textContent).toContain('New graduates, tambon Huai Haeng');
  });

  it('offers university staff the tambons, the acceptance queue and the dashboard; an agency supervisor their queue', () => {
    const calls = show('university_staff', { level: 'university', networkId: 'n1', universityId: 'u1' });
    expect(links().map(([, href]) => href)).toEqual(['/employment/tambons', '/employment/queue', '/employment/agencies', '/employment/dashboard', '/employment/exports']);
    expect(calls.map((c) => c.path)).not.toContain('employment.contract.mine');
    cleanup();
    show('agency_supervisor', { level: 'university', networkId: 'n1', universityId: 'u1' });
    expect(links()).toEqual([['รายงานที่รอตรวจรับ', '/employment/queue']]);
  });
});
