import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/svelte';
import { assessmentModule } from '@otou/domain';
import { moduleHarness, ModuleHarness } from '@otou/sdk/testing';
import type { TiersData } from './target.ts';
import TierSection from './TierSection.svelte';

/** A university of 5 tambons in a quarter, with the central office's thresholds lowered to 13 / 10 / 7. */
function universityTiers(): TiersData {
  const round = { id: 'q1', periodId: 'p', kind: 'quarterly', quarter: 1, opens: '2021-02-14T17:00:00.000Z', closes: '2021-04-15T17:00:00.000Z' };
  const tambon = (id: string, name_th: string, status: string, goalsMet: number | null, tier: string | null) => ({
    id, code: id, name_th, name_en: '', district_th: 'แก่งคอย', district_en: 'Kaeng Khoi', status, counted: tier !== null, goalsMet, tier,
  });
  return {
    level: 'university',
    place: { id: 'u1', code: 'CU', name_th: 'จุฬาลงกรณ์มหาวิทยาลัย', name_en: 'Chulalongkorn University' },
    round,
    basis: 'approved',
    thresholds: { sustainable: 13, sufficiency: 10, survive: 7 },
    tambons: 5,
    assessed: 3,
    notAssessed: 2,
    tiers: { sustainable: 1, sufficiency: 0, survive: 1, unclassified: 1 },
    targets: { sustainable: 1, sufficiency: 3, survive: 1 },
    goalsMet: [],
    status: { none: 1, draft: 0, submitted: 1, approved: 3 },
    children: { level: 'tambon', items: [] },
    tambonList: [
      tambon('t1', 'ท่าคล้อ', 'approved', 13, 'sustainable'),
      tambon('t2', 'ห้วยแห้ง', 'submitted', 9, null),
      tambon('t3', 'หินซ้อน', 'none', null, null),
    ],
  } as unknown as TiersData;
}

afterEach(() => cleanup());

describe('TierSection', () => {
  it('counts tambons per tier against the targets, with the ranges of the thresholds in force, and every tambon in a row', () => {
    const h = moduleHarness({ manifest: assessmentModule });
    render(ModuleHarness, h.props(TierSection, { data: universityTiers() }));
    const table = within(screen.getByTestId('tier-table'));
    const row = (tier: string) => table.getAllByRole('row').find((r) => r.getAttribute('data-tier') === tier)!;
    // 13–16, not the deck's 14–16: the central office lowered the thresholds.
    expect(row('sustainable').textContent).toContain('13–16 เป้าหมาย');
    expect(within(row('sustainable')).getAllByRole('cell').map((c) => c.textContent?.trim())).toEqual(['1', '20.00%', '1', '0']);
    expect(within(row('sufficiency')).getAllByRole('cell').map((c) => c.textContent?.trim())).toEqual(['0', '0.00%', '3', '-3']);
    expect(row('unclassified').textContent).toContain('0–6 เป้าหมาย');
    expect(within(row('notAssessed')).getAllByRole('cell')[0]!.textContent?.trim()).toBe('2');
    // The chart's figures are read out as text too.
    expect(screen.getByTestId('tier-chart').textContent).toContain('ตำบลมุ่งสู่ความยั่งยืน 1 (เป้าหมายโครงการ 1)');
  });

  it('lists the university\'s tambons with their status and tier, each a link to its form in this round', () => {
    const h = moduleHarness({ manifest: assessmentModule, locale: 'en' });
    render(ModuleHarness, h.props(TierSection, { data: universityTiers() }));
    const list = within(screen.getByTestId('tier-tambons'));
    expect(list.getByRole('link', { name: 'ท่าคล้อ' }).getAttribute('href')).toBe('/assessment/tambon/t1?r=q1');
    const huaiHaeng = list.getAllByRole('row').find((r) => r.getAttribute('data-code') === 't2')!;
    // Submitted but not approved: on the approved basis it is not assessed yet, though its goals met show.
    expect(huaiHaeng.textContent).toContain('Submitted, awaiting approval');
    expect(huaiHaeng.textContent).toContain('Not assessed');
  });

  it('drills down from the nation to a network\'s dashboard, and links each network\'s RSI report of the round', () => {
    const zero = { sustainable: 0, sufficiency: 0, survive: 0, unclassified: 0 };
    const network = { id: 'n1', code: 'UC', name_th: 'เครือข่ายภาคกลางตอนบน', name_en: 'Upper Central', tambons: 5, assessed: 0, notAssessed: 5, tiers: zero, targets: { sustainable: 1, sufficiency: 3, survive: 1 }, goalsMet: [], status: {} };
    const national = { ...universityTiers(), level: 'national', place: null, children: { level: 'network', items: [network] }, tambonList: [] } as unknown as TiersData;
    const h = moduleHarness({ manifest: assessmentModule });
    render(ModuleHarness, h.props(TierSection, { data: national }));
    const children = within(screen.getByTestId('tier-children'));
    expect(children.getByRole('link', { name: 'เครือข่ายภาคกลางตอนบน' }).getAttribute('href')).toBe('/assessment/dashboard?n=n1');
    expect(children.getByRole('link', { name: 'RSI เครือข่ายภาคกลางตอนบน' }).getAttribute('href')).toBe('/assessment/network/n1?r=q1');
  });
});
