import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { assessmentModule, type Placement, type Role } from '@otou/domain';
import { moduleHarness, ModuleHarness, ok, stubApi } from '@otou/sdk/testing';
import Home from './Home.svelte';

const rounds = {
  period: { id: 'p', code: '2564', name_th: 'โครงการปี 2564', name_en: 'Programme 2564' },
  rounds: [
    { id: 'b', periodId: 'p', kind: 'baseline', quarter: 0, opens: '2020-12-31T17:00:00.000Z', closes: '2021-03-31T17:00:00.000Z', days: { opens: '2021-01-01', closes: '2021-03-31' }, window: { open: false, why: 'closed', at: '2021-03-31T17:00:00.000Z' }, version: 1 },
    { id: 'q2', periodId: 'p', kind: 'quarterly', quarter: 2, opens: '2021-06-14T17:00:00.000Z', closes: '2021-07-15T17:00:00.000Z', days: { opens: '2021-06-15', closes: '2021-07-15' }, window: { open: false, why: 'notYet', at: '2021-06-14T17:00:00.000Z' }, version: 1 },
  ],
};

function show(role: Role, placement: Placement) {
  stubApi((path) => ok(path === 'assessment.round.list' ? rounds : { level: placement.level, places: {}, counts: { tambons: 3 } }));
  render(ModuleHarness, moduleHarness({ manifest: assessmentModule, user: { role, placement } }).props(Home));
}
const links = () => within(screen.getByTestId('next-steps')).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the assessment home', () => {
  it('offers university staff their tambons, their USI report and their dashboard', () => {
    show('university_staff', { level: 'university', networkId: 'n1', universityId: 'u1' });
    expect(links()).toEqual([
      ['แบบประเมินตำบลในความดูแล', '/assessment/tambons?u=u1'],
      ['รายงานตัวชี้วัดมหาวิทยาลัย (USI)', '/assessment/university/u1'],
      ['ภาพรวมระดับของตำบล', '/assessment/dashboard'],
    ]);
  });

  it('offers a network its RSI report and dashboard, the central office the rounds and thresholds too, a coordinator the tambon\'s form', () => {
    show('network_admin', { level: 'network', networkId: 'n1' });
    expect(links().map(([, href]) => href)).toEqual(['/assessment/network/n1', '/assessment/dashboard']);
    cleanup();
    show('central_admin', { level: 'central' });
    expect(links().map(([, href]) => href)).toEqual(['/assessment/dashboard', '/assessment/rounds', '/assessment/settings']);
    cleanup();
    show('tambon_coordinator', { level: 'tambon', networkId: 'n1', universityId: 'u1', tambonId: 't1' });
    expect(links()).toEqual([['แบบประเมินของตำบล', '/assessment/tambon/t1']]);
  });

  it('lists the period\'s rounds with their days in the Buddhist Era and whether they are open', async () => {
    show('university_staff', { level: 'university', networkId: 'n1', universityId: 'u1' });
    const tile = within(screen.getByTestId('home-rounds'));
    const q2 = await vi.waitFor(() => tile.getAllByRole('listitem').find((li) => li.getAttribute('data-round') === 'q2')!);
    expect(q2.textContent).toContain('ไตรมาส 2');
    expect(q2.textContent).toContain('15 มิ.ย. 2564 – 15 ก.ค. 2564');
    expect(within(q2).getByTestId('round-state').textContent).toBe('ยังไม่เปิด');
    expect(tile.getAllByTestId('round-state').map((s) => s.textContent)).toEqual(['ปิดแล้ว', 'ยังไม่เปิด']);
  });
});
