import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { employmentModule } from '@otou/domain';
import { failure, moduleHarness, ModuleHarness, ok, stubApi, type ApiCall } from '@otou/sdk/testing';
import { applicantRow } from '../applicants/applicantRow.testing.ts';
import type { ApplicantRow } from '../applicants/types.ts';
import Selection from './Selection.svelte';

let calls: ApiCall[] = [];
const chooses = () => calls.filter((c) => c.path === 'employment.selection.choose').map((c) => c.input);
const person = (id: string, firstName: string, score: number | null, over: Partial<ApplicantRow> = {}) => applicantRow({ id, firstName, lastName: 'ทดสอบ', nationalIdMasked: 'x-xxxx-xxxxx-00-0', score, ...over });
const list = {
  tambon: { id: 't1', code: '190204', name_th: 'ห้วยแห้ง', name_en: 'Huai Haeng' },
  positions: { citizen: { count: 2, rate: 9000 }, graduate: { count: 10, rate: 15000 }, student: { count: 5, rate: 5000 } },
  selection: { citizen: { version: 4, order: [] } },
  applicants: [
    person('a', 'ก', 70),
    person('b', 'ข', 90),
    person('c', 'ค', 80),
    person('x', 'ง', 99, { eligibility: { eligible: false, basis: null, problems: ['นอกพื้นที่'] } }),
    person('g', 'จ', 50, { type: 'graduate' }),
  ],
};
const staff = () => moduleHarness({ manifest: employmentModule, user: { role: 'university_staff', placement: { level: 'university', universityId: 'u1' } } as never });
const order = () => within(screen.getByTestId('selection-order')).getAllByRole('listitem').filter((li) => li.dataset['id']).map((li) => li.dataset['id']);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  // The chosen type lives in the address (?type=): each test starts from none.
  history.replaceState(null, '', '/');
});

describe('selection', { timeout: 20_000 }, () => {
  it('ranks the eligible applicants of a type by score, lets staff move them by keyboard, and shows who gets contracts and the ranked reserve', async () => {
    calls = stubApi((path) => ok(path === 'employment.selection.choose' ? { chosen: ['c', 'b'], reserve: [{ applicantId: 'a', rank: 1 }], version: 5 } : list));
    render(ModuleHarness, staff().props(Selection, { tambonId: 't1' }));
    await screen.findByTestId('selection-order');
    expect(order()).toEqual(['b', 'c', 'a']);
    expect(screen.getByTestId('selection-open').textContent).toBe('อัตราประชาชนที่ว่าง 2 จาก 2 อัตรา');
    // The ineligible one is not in the ranking, and the page says why.
    expect(screen.getByText('ง ทดสอบ: นอกพื้นที่')).toBeTruthy();
    await fireEvent.keyDown(screen.getByRole('button', { name: 'เลื่อน ค ทดสอบ ขึ้น' }), { key: 'ArrowUp', altKey: true });
    expect(order()).toEqual(['c', 'b', 'a']);
    await fireEvent.click(screen.getByRole('button', { name: 'ยืนยันการคัดเลือกตามลำดับนี้' }));
    await vi.waitFor(() => expect(screen.getByTestId('selection-status').textContent).toBe('คัดเลือกแล้ว: ได้ทำสัญญา 2 คน บัญชีสำรอง 1 คน'));
    expect(chooses()).toEqual([{ tambonId: 't1', type: 'citizen', order: ['c', 'b', 'a'], version: 4 }]);
    expect(within(screen.getByTestId('selection-chosen')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['ค ทดสอบ', 'ข ทดสอบ']);
    expect(within(screen.getByTestId('selection-reserve')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['ก ทดสอบ']);
  });

  it('ranks another type on its own', async () => {
    calls = stubApi(() => ok(list));
    render(ModuleHarness, staff().props(Selection, { tambonId: 't1' }));
    await screen.findByTestId('selection-order');
    await fireEvent.click(screen.getByRole('radio', { name: 'บัณฑิต' }));
    await vi.waitFor(() => expect(order()).toEqual(['g']));
  });

  it('after someone else chose first, shows their order and can choose in this order over it', async () => {
    let first = true;
    calls = stubApi((path) => {
      if (path !== 'employment.selection.choose') return ok(list);
      if (!first) return ok({ chosen: ['b', 'c'], reserve: [{ applicantId: 'a', rank: 1 }], version: 8 });
      first = false;
      return failure('มีผู้อื่นบันทึกข้อมูลนี้หลังจากที่ท่านเปิดไว้', { code: 'CONFLICT', httpStatus: 409, messageKey: 'error.conflict', conflict: { version: 7, current: { order: ['a', 'b'] } } });
    });
    render(ModuleHarness, staff().props(Selection, { tambonId: 't1' }));
    await screen.findByTestId('selection-order');
    await fireEvent.click(screen.getByRole('button', { name: 'ยืนยันการคัดเลือกตามลำดับนี้' }));
    const notice = await screen.findByTestId('selection-conflict');
    expect(notice.textContent).toContain('1. ก ทดสอบ');
    expect(notice.textContent).toContain('2. ข ทดสอบ');
    await fireEvent.click(within(notice).getByRole('button', { name: 'คัดเลือกตามลำดับที่ฉันจัดแทน' }));
    await vi.waitFor(() => expect(screen.getByTestId('selection-status').textContent).toBe('คัดเลือกแล้ว: ได้ทำสัญญา 2 คน บัญชีสำรอง 1 คน'));
    expect(chooses().map((c) => (c as { version: number }).version)).toEqual([4, 7]);
  });
});
