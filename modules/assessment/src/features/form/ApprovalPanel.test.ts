import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { moduleHarness, ModuleHarness, ok, stubApi } from '@otou/sdk/testing';
import ApprovalPanel from './ApprovalPanel.svelte';
import type { FormPageData } from './types.ts';

const can = { edit: false, submit: false, approve: false, reopen: false, grantException: false };
const page = (over: Record<string, unknown>) =>
  ({
    tambon: { id: 't1' },
    round: { id: 'b', kind: 'baseline', quarter: 0 },
    previousRound: null,
    status: 'submitted',
    version: 3,
    window: { open: true, why: 'window', closes: '2021-04-01T00:00:00+07:00' },
    submittedBy: { id: 'u-staff', name: 'ปริญญา จุฬาฯ', at: null },
    approvedBy: null,
    can,
    ...over,
  }) as unknown as FormPageData;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the approval panel', () => {
  it('tells the submitter another member of staff approves, with no button to approve their own form', () => {
    render(ModuleHarness, moduleHarness({ user: { id: 'u-staff' } }).props(ApprovalPanel, { data: page({}) }));
    expect(screen.getByTestId('approval-panel').textContent).toContain('เจ้าหน้าที่อีกท่านของมหาวิทยาลัยต้องเป็นผู้อนุมัติ');
    expect(screen.queryByRole('button', { name: 'อนุมัติแบบประเมิน' })).toBeNull();
  });

  it('lets another member approve the version they see', async () => {
    const calls = stubApi(() => ok({ ok: true }));
    render(ModuleHarness, moduleHarness({ user: { id: 'u-approver' } }).props(ApprovalPanel, { data: page({ can: { ...can, approve: true, reopen: true } }) }));
    await fireEvent.click(screen.getByRole('button', { name: 'อนุมัติแบบประเมิน' }));
    await vi.waitFor(() => expect(screen.getByTestId('approval-status').textContent).toBe('อนุมัติแบบประเมินแล้ว'));
    expect(calls[0]).toEqual({ path: 'assessment.form.approve', input: { tambonId: 't1', roundId: 'b', version: 3 } });
  });

  it('lets the central office allow a closed round late, to the end of the chosen Thai day, with a reason', async () => {
    const calls = stubApi(() => ok({ ok: true }));
    const data = page({ status: 'draft', submittedBy: null, window: { open: false, why: 'closed', at: '2021-04-01T00:00:00+07:00' }, can: { ...can, grantException: true } });
    render(ModuleHarness, moduleHarness({ user: { id: 'u-central' } }).props(ApprovalPanel, { data }));
    expect(screen.getByTestId('approval-panel').textContent).toContain('ยกเว้นให้ส่งล่าช้า');
    await fireEvent.input(screen.getByRole('textbox', { name: /วัน/ }), { target: { value: '5/4/2564' } });
    await fireEvent.input(screen.getByRole('textbox', { name: 'เหตุผล' }), { target: { value: 'น้ำท่วมพื้นที่' } });
    await fireEvent.click(screen.getByRole('button', { name: 'ยกเว้นให้ส่งล่าช้า' }));
    await vi.waitFor(() => expect(screen.getByTestId('approval-status').textContent).toBe('บันทึกการยกเว้นแล้ว'));
    expect(calls[0]).toEqual({ path: 'assessment.form.grantException', input: { tambonId: 't1', roundId: 'b', until: '2021-04-05T23:59:59+07:00', reason: 'น้ำท่วมพื้นที่' } });
  });
});
