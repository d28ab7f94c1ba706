import { describe, expect, it } from 'vitest';
import { ActualsDraft, type SavedMonth } from './actualsDraft.svelte.ts';

const lines = ['1.1', '1.2', '2.1'] as const;

describe('ActualsDraft', () => {
  it('starts from what the server holds and sends what the user typed, amounts as numbers', () => {
    const d = new ActualsDraft(() => lines, () => ({ actuals: { '1.1': 45_000 }, remarks: { '1.1': 'จ่ายครบ' } }));
    expect(d.actual('1.1')).toBe('45,000');
    expect(d.actual('1.2')).toBe('');
    d.setActual('1.2', '๑๓๕,๐๐๐');
    d.setActual('2.1', ' ');
    d.setRemark('2.1', '  ซื้อวัสดุ  ');
    expect(d.problems('th')).toEqual({});
    expect(d.input()).toEqual({ actuals: { '1.1': 45_000, '1.2': 135_000 }, remarks: { '1.1': 'จ่ายครบ', '2.1': 'ซื้อวัสดุ' } });
  });

  it("saves name the month's version the user started typing over, not a newer one a refetch brought", () => {
    let stored: SavedMonth = { actuals: { '1.2': 150_000 }, remarks: {}, version: 2 };
    const d = new ActualsDraft(() => lines, () => stored);
    expect(d.version('month')).toBe(2);
    d.setActual('1.2', '135,000');
    stored = { actuals: { '1.2': 140_000 }, remarks: {}, version: 3 }; // the approver's colleague saved meanwhile
    expect(d.version('month')).toBe(2);
    expect(d.actual('1.2')).toBe('135,000');
  });

  it('names each figure that is not an amount, at its field', () => {
    const d = new ActualsDraft(() => lines, () => ({ actuals: {}, remarks: {} }));
    d.setActual('1.1', '1e3');
    d.setActual('2.1', '12abc');
    expect(d.problems('th')).toEqual({
      '1.1.actual': ['กรุณากรอกจำนวนเงินเต็มรูป เช่น 1000 แทน 1e3'],
      '2.1.actual': ['กรุณากรอกจำนวนเงินเป็นตัวเลข เช่น 45,000 หรือ 45000.50'],
    });
  });

  it('keeps what the user typed when the server\'s figures change underneath (a refetch), and shows the rest fresh', () => {
    let saved: SavedMonth = { actuals: { '1.1': 1 }, remarks: {} };
    const d = new ActualsDraft(() => lines, () => saved);
    d.setActual('1.2', '500');
    saved = { actuals: { '1.1': 2, '1.2': 9 }, remarks: {} };
    expect(d.actual('1.2')).toBe('500');
    expect(d.actual('1.1')).toBe('2');
    expect(d.dirty).toBe(true);
    d.reset();
    expect(d.actual('1.2')).toBe('9');
    expect(d.dirty).toBe(false);
  });
});
