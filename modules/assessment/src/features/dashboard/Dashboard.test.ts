import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { assessmentModule } from '@otou/domain';
import { moduleHarness, ModuleHarness, ok, stubApi, type ApiCall } from '@otou/sdk/testing';
import Dashboard from './Dashboard.svelte';

const round = { id: 'q1', periodId: 'p', kind: 'quarterly', quarter: 1, opens: '2021-02-14T17:00:00.000Z', closes: '2021-04-15T17:00:00.000Z' };
const zero = { sustainable: 0, sufficiency: 0, survive: 0, unclassified: 0 };
/** A network of 4 tambons: 1 approved (survive); on the provisional basis a second, submitted one (sufficiency), counts too. */
const tiers = (basis: string) => ({
  level: 'network', place: { id: 'n1', code: 'UC', name_th: 'เครือข่ายภาคกลางตอนบน', name_en: 'Upper Central' }, round, basis,
  thresholds: { sustainable: 14, sufficiency: 11, survive: 8 }, tambons: 4,
  assessed: basis === 'approved' ? 1 : 2, notAssessed: basis === 'approved' ? 3 : 2,
  tiers: basis === 'approved' ? { ...zero, survive: 1 } : { ...zero, survive: 1, sufficiency: 1 },
  targets: { sustainable: 1, sufficiency: 2, survive: 1 }, goalsMet: [], status: { none: 2, draft: 0, submitted: 1, approved: 1 },
  children: { level: 'university', items: [] }, tambonList: [],
});
const answers = (path: string, input: unknown): unknown => {
  const basis = (input as { basis?: string } | undefined)?.basis ?? 'approved';
  switch (path) {
    case 'assessment.dashboard.tiers': return ok(tiers(basis));
    case 'assessment.dashboard.movement': return ok({ level: 'network', place: null, from: round, to: round, basis, thresholds: {}, tambons: 4, counts: { up: 0, down: 0, same: 0, new: 0, none: 4 }, fromTiers: zero, toTiers: zero, fromAssessed: 0, toAssessed: 0, moved: [] });
    case 'assessment.dashboard.goals': return ok({ level: 'network', place: null, round, basis, tambons: 4, assessed: 1, goals: [] });
    case 'assessment.dashboard.coverage': return ok({ level: 'network', place: null, round, totals: { tambons: 4, notStarted: 2, draft: 0, submitted: 1, approved: 1 }, universities: [], tambonList: [] });
    case 'assessment.dashboard.export': return ok({ filename: 'tiers.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: 'UEs=' });
    default: return ok({ period: {}, rounds: [round] });
  }
};

let calls: ApiCall[] = [];
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  history.replaceState(null, '', '/');
});

describe('the dashboard', { timeout: 20_000 }, () => {
  it('counts approved forms unless asked, says so in words, and keeps the choice in the address for links and the download', async () => {
    calls = stubApi(answers);
    history.replaceState(null, '', '/assessment/dashboard');
    render(ModuleHarness, moduleHarness({ manifest: assessmentModule, user: { role: 'network_admin', placement: { level: 'network', networkId: 'n1' } } }).props(Dashboard));
    const note = await screen.findByTestId('basis-note');
    expect(note.textContent).toContain('นับเฉพาะแบบประเมินที่อนุมัติแล้ว');
    expect(note.textContent).toContain('นับแล้ว 1 จาก 4 ตำบล');
    expect(calls.find((c) => c.path === 'assessment.dashboard.tiers')?.input).toEqual({ target: { level: 'network', id: 'n1' }, basis: 'approved' });

    await fireEvent.click(screen.getByRole('radio', { name: 'รวมที่รออนุมัติ (เบื้องต้น)' }));
    expect(location.search).toBe('?b=provisional');
    await vi.waitFor(() => expect(screen.getByTestId('basis-note').textContent).toContain('นับแล้ว 2 จาก 4 ตำบล'));
    expect(screen.getByTestId('basis-note').textContent).toContain('ตัวเลขเบื้องต้น');

    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    await fireEvent.click(screen.getByRole('button', { name: 'ส่งออก Excel' }));
    await vi.waitFor(() => expect(calls.some((c) => c.path === 'assessment.dashboard.export')).toBe(true));
    expect(calls.find((c) => c.path === 'assessment.dashboard.export')?.input).toEqual({ target: { level: 'network', id: 'n1' }, basis: 'provisional', roundId: 'q1' });
  });

  it('tells a tambon\'s coordinator where their form is instead of a dashboard they may not see', () => {
    calls = stubApi(answers);
    render(ModuleHarness, moduleHarness({ manifest: assessmentModule, user: { role: 'tambon_coordinator', placement: { level: 'tambon', tambonId: 't1' } } }).props(Dashboard));
    expect(screen.getByTestId('dashboard').textContent).toContain('ผู้ประสานงานตำบลดูแบบประเมินของตำบลได้จากหน้าแรกของโมดูล');
    expect(calls.filter((c) => c.path.startsWith('assessment.dashboard'))).toEqual([]);
  });
});
