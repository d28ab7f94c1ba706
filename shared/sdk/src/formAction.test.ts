import { describe, expect, it, vi } from 'vitest';
import { TRPCClientError } from '@trpc/client';
import { FormAction } from './formAction.svelte.ts';

const serverRefusal = () =>
  TRPCClientError.from({
    error: {
      message: 'ข้อมูลไม่ถูกต้อง กรุณาแก้ไขช่องที่แจ้งไว้',
      code: -32600,
      data: { code: 'BAD_REQUEST', httpStatus: 400, messageKey: 'error.validation', fieldErrors: { months: ['ช่วงโครงการต้องยาว 1 ถึง 36 เดือน'] } },
    },
  });

describe('FormAction', () => {
  it('sends nothing while a local check fails, and names the field', async () => {
    const run = vi.fn(async () => 'ok');
    const a = new FormAction<{ amount: string }, string>({ run, check: (i) => (i.amount === 'x' ? { amount: ['กรุณากรอกจำนวนเงินเป็นตัวเลข'] } : null) }, () => 'th');
    expect(await a.submit({ amount: 'x' })).toBeUndefined();
    expect(run).not.toHaveBeenCalled();
    expect(a.errors('amount')).toEqual(['กรุณากรอกจำนวนเงินเป็นตัวเลข']);
    expect(a.message).toBe('ข้อมูลไม่ถูกต้อง กรุณาแก้ไขช่องที่แจ้งไว้');
  });

  it('shows the server\'s field errors in the same place as local ones', async () => {
    const a = new FormAction({ run: () => Promise.reject(serverRefusal()) }, () => 'th');
    await a.submit({});
    expect(a.errors('months')).toEqual(['ช่วงโครงการต้องยาว 1 ถึง 36 เดือน']);
    expect(a.message).toBe('ข้อมูลไม่ถูกต้อง กรุณาแก้ไขช่องที่แจ้งไว้');
    expect(a.pending).toBe(false);
  });

  it('is pending while it runs, ignores a second click, and says what it did', async () => {
    let finish!: (v: number) => void;
    const run = vi.fn(() => new Promise<number>((r) => (finish = r)));
    const after = vi.fn();
    const a = new FormAction({ run, success: (n: number) => `บันทึก ${n} รายการแล้ว`, after }, () => 'th');
    const first = a.submit({});
    expect(a.pending).toBe(true);
    expect(await a.submit({})).toBeUndefined();
    expect(run).toHaveBeenCalledTimes(1);
    finish(3);
    expect(await first).toBe(3);
    expect(a.pending).toBe(false);
    expect(a.success).toBe('บันทึก 3 รายการแล้ว');
    expect(after).toHaveBeenCalledWith(3, {});
  });

  it('clears the last outcome when submitted again', async () => {
    const a = new FormAction({ run: vi.fn().mockRejectedValueOnce(serverRefusal()).mockResolvedValueOnce(1), success: () => 'ok' }, () => 'en');
    await a.submit({});
    expect(a.errorsUnder('months')).toHaveLength(1);
    await a.submit({});
    expect(a.fieldErrors).toEqual({});
    expect(a.message).toBe('');
    expect(a.success).toBe('ok');
  });
});
