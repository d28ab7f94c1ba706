import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { DEFAULT_THRESHOLDS, type TambonForm } from '@otou/domain';
import { failure, moduleHarness, ModuleHarness, ok, stubApi } from '@otou/sdk/testing';
import FormEditor from './FormEditor.svelte';
import type { FormPageData } from './types.ts';

/** A baseline with 8 goals met (survive) and two expected in activity 1. */
const baseline: TambonForm = {
  activities: [{ key: 'act1', type: 'a', name: 'ผ้าทอมือ' }],
  goals: {
    act1: { '1.1': 'have', '1.2': 'have', '1.3': 'have', '1.4': 'have', '1.5': 'have', '1.6': 'have', '1.7': 'expected', '1.8': 'expected' },
    covid: { '1.12': 'have', '1.10': 'have' },
  },
  texts: { act1: { '2': 'ผู้สูงอายุ 40 คน' } },
  links: {},
};

function page(over: Partial<FormPageData> = {}): FormPageData {
  const round = { id: 'q1', periodId: 'p', kind: 'quarterly' as const, quarter: 1, opens: '2021-01-01T00:00:00+07:00', closes: '2021-04-01T00:00:00+07:00' };
  return {
    tambon: { id: 't1', code: '190801', name_th: 'ห้วยแห้ง', district_th: 'แก่งคอย', province_th: 'สระบุรี', name_en: '', district_en: '', province_en: '', university: { id: 'u1', name_th: 'มหาวิทยาลัยทดสอบ' } },
    round,
    previousRound: { ...round, id: 'b', kind: 'baseline', quarter: 0 },
    status: 'draft',
    version: 0,
    carried: true,
    form: baseline,
    previous: baseline,
    changes: [],
    goalsMet: [],
    tier: 'survive',
    previousTier: 'survive',
    previousStatus: 'approved',
    movement: 'same',
    thresholds: { ...DEFAULT_THRESHOLDS },
    window: { open: true, why: 'window', closes: round.closes },
    lateUntil: null,
    lateReason: '',
    reopened: false,
    submittedBy: null,
    approvedBy: null,
    can: { edit: true, submit: true, approve: false, reopen: false, grantException: false },
    ...over,
  } as unknown as FormPageData;
}

let sent: { path: string; input: unknown }[] = [];
/** The server answers each save with `answer`; reads (the evidence files beside the form) find none. */
function serverAnswers(answer: (input: unknown) => unknown) {
  sent = stubApi((path, input) => (path === 'assessment.files.list' ? ok([]) : answer(input)));
}
const saves = () => sent.filter((c) => c.path === 'assessment.form.save').map((c) => c.input);

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  sent = [];
});

// By the cell's accessible name (its start: where it is), read straight from the attribute: a role query over ~100 cells is slow in jsdom.
function cell(goal: string, column: string): HTMLButtonElement {
  const b = document.querySelector<HTMLButtonElement>(`button[aria-label^="${goal} · ${column}: "]`);
  if (!b) throw new Error(`no cell ${goal} · ${column}`);
  return b;
}
const tally = () => screen.getByTestId('tally');

describe('the tambon form', { timeout: 20_000 }, () => {
  it('turns an expected ✗ into ✓ from the keyboard, counts the goal once and moves the tier, and marks it achieved', async () => {
    const h = moduleHarness();
    render(ModuleHarness, h.props(FormEditor, { data: page() }));
    expect(tally().dataset['met']).toBe('8');
    expect(tally().dataset['tier']).toBe('survive');

    const c17 = cell('1.7', 'กิจกรรม 1');
    expect(c17.getAttribute('aria-label')).toBe('1.7 · กิจกรรม 1: ✗ คาดว่าจะเกิด');
    // Space/Enter press a button; the cycle is empty → ✓ → ✗ → empty.
    await fireEvent.click(c17);
    await fireEvent.click(cell('1.7', 'กิจกรรม 1'));
    expect(cell('1.7', 'กิจกรรม 1').textContent?.trim()).toBe('✓');
    // The same goal met again in another column still counts once.
    await fireEvent.click(cell('1.7', 'Community Data'));
    expect(tally().dataset['met']).toBe('9');

    // Arrow keys move to the neighbouring cells.
    cell('1.8', 'กิจกรรม 1').focus();
    await fireEvent.keyDown(cell('1.8', 'กิจกรรม 1'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(cell('1.8', 'กิจกรรมเฝ้าระวัง COVID'));
    await fireEvent.keyDown(document.activeElement!, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(cell('1.7', 'กิจกรรมเฝ้าระวัง COVID'));

    const achieved = within(screen.getByTestId('changes')).getByTestId('achieved');
    expect(achieved.textContent).toContain('1.7 · กิจกรรม 1: ✗ → ✓');
  });

  it('reaches sustainable at the thresholds the server holds, not hard-coded ones', async () => {
    const h = moduleHarness();
    render(ModuleHarness, h.props(FormEditor, { data: page({ thresholds: { sustainable: 9, sufficiency: 8, survive: 4 } }) }));
    expect(tally().dataset['tier']).toBe('sufficiency');
    await fireEvent.click(cell('1.16', 'Community Data'));
    expect(tally().dataset['tier']).toBe('sustainable');
    expect(tally().textContent).toContain('ตำบลมุ่งสู่ความยั่งยืน');
  });

  it('saves what is on screen naming the version it started from, and submits when asked', async () => {
    serverAnswers(() => ok({ status: 'submitted', version: 1 }));
    const h = moduleHarness();
    render(ModuleHarness, h.props(FormEditor, { data: page() }));
    await fireEvent.click(cell('1.9', 'กิจกรรมเฝ้าระวัง COVID'));
    const answer = screen.getByRole('textbox', { name: /^5\. .* · กิจกรรม 1$/ });
    await fireEvent.input(answer, { target: { value: ' ระบบจองคิว ' } });
    // A cell that differs from the previous round is marked where it is, and says so to a screen reader.
    expect(answer.closest('.cell')?.classList.contains('changed')).toBe(true);
    expect(answer.closest('.cell')?.textContent).toContain('ข้อ 5 · กิจกรรม 1: ว่าง → ระบบจองคิว');
    await fireEvent.click(screen.getByRole('button', { name: 'บันทึกและส่งให้อนุมัติ' }));
    await vi.waitFor(() => expect(screen.getByTestId('form-status').textContent).toContain('ส่งแบบประเมินแล้ว'));
    const input = saves()[0] as { tambonId: string; roundId: string; version: number; submit: boolean; form: TambonForm };
    expect(input).toMatchObject({ tambonId: 't1', roundId: 'q1', version: 0, submit: true });
    expect(input.form.goals['covid']).toEqual({ '1.12': 'have', '1.10': 'have', '1.9': 'have' });
    expect(input.form.texts['act1']).toEqual({ '2': 'ผู้สูงอายุ 40 คน', '5': 'ระบบจองคิว' });
  });

  it('shows a problem at its cell, and on a conflict what is stored now against what was typed', async () => {
    serverAnswers((input) =>
      (input as { version: number }).version === 0
        ? failure('มีผู้อื่นบันทึก', { code: 'CONFLICT', httpStatus: 409, messageKey: 'error.conflict', conflict: { version: 2, current: { form: { ...baseline, goals: { act1: { '1.1': 'expected' } } }, status: 'draft' } } })
        : failure('ข้อมูลไม่ถูกต้อง', { code: 'BAD_REQUEST', httpStatus: 400, messageKey: 'error.validation', fieldErrors: { 'texts.act1.2': ['ยาวเกินไป'] } }),
    );
    const h = moduleHarness();
    render(ModuleHarness, h.props(FormEditor, { data: page() }));
    await fireEvent.click(screen.getByRole('button', { name: 'บันทึกร่าง' }));
    const conflict = await screen.findByTestId('form-conflict');
    expect(conflict.textContent).toContain('1.1 · กิจกรรม 1: ✗ → ✓');
    await fireEvent.click(within(conflict).getByRole('button', { name: 'บันทึกค่าที่ท่านกรอกแทนค่าล่าสุด' }));
    await vi.waitFor(() => expect((saves()[1] as { version: number }).version).toBe(2));
    const text = screen.getByRole('textbox', { name: /^2\. .* · กิจกรรม 1$/ });
    await vi.waitFor(() => expect(text.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(text.getAttribute('aria-describedby')!)?.textContent).toBe('ยาวเกินไป');
  });

  it('is read only when the server says it may not be changed, showing the answers as text', () => {
    const h = moduleHarness();
    render(ModuleHarness, h.props(FormEditor, { data: page({ can: { edit: false, submit: false, approve: true, reopen: true, grantException: false } }) }));
    expect(cell('1.1', 'กิจกรรม 1').hasAttribute('disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'บันทึกร่าง' })).toBeNull();
    expect(within(screen.getByTestId('form-grid')).queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.getByTestId('form-grid').textContent).toContain('ผู้สูงอายุ 40 คน');
  });
});
