import { describe, expect, it } from 'vitest';
import { parseAmountInput, westernDigits } from './amountInput.ts';
import { kitMessages } from './kitMessages.ts';

const value = (text: string) => {
  const r = parseAmountInput(text);
  if (!r.ok) throw new Error(`${text} refused: ${r.problem.key}`);
  return r.value;
};
const problem = (text: string, bounds = {}) => {
  const r = parseAmountInput(text, bounds);
  if (r.ok) throw new Error(`${text} accepted as ${r.value}`);
  return r.problem;
};

describe('amounts as people type them', () => {
  it('accepts separators, decimals, spaces, the baht sign and Thai digits', () => {
    expect(value('45,000')).toBe(45_000);
    expect(value('45000.50')).toBe(45_000.5);
    expect(value(' 1 200.50 ')).toBe(1_200.5);
    expect(value('฿5,500')).toBe(5_500);
    expect(value('5,500 บาท')).toBe(5_500);
    expect(value('๔๕,๐๐๐')).toBe(45_000);
    expect(value('๓๕๕๐๐.๕๐')).toBe(35_500.5);
    expect(value('1,234,567')).toBe(1_234_567);
  });

  it('treats empty as not given, unless the field requires a figure', () => {
    expect(value('')).toBeNull();
    expect(value('   ')).toBeNull();
    expect(problem('', { required: true }).key).toBe('input.amount.required');
  });

  it('refuses what Number() would take but no one means as money, naming the fix', () => {
    expect(problem('1e3').key).toBe('input.amount.scientific');
    expect(kitMessages.th['input.amount.scientific']).toContain('1000');
    expect(problem('0x10').key).toBe('input.amount.hex');
    expect(kitMessages.en['input.amount.hex']).toContain('16 rather than 0x10');
    for (const junk of ['12abc', 'Infinity', '-Infinity', 'NaN', 'ห้าพัน', '4,5000', '1,2,3', '1.2.3', '.', '-']) {
      expect(problem(junk).key).toBe('input.amount.notANumber');
    }
    expect(kitMessages.th['input.amount.notANumber']).toContain('45,000');
  });

  it('keeps money to the satang', () => {
    expect(problem('10.555').key).toBe('input.amount.decimals');
    expect(value('10.5')).toBe(10.5);
  });

  it('holds the bounds a field sets, and says which', () => {
    expect(problem('-5', { min: 0 })).toEqual({ key: 'input.amount.min', params: { min: 0 } });
    expect(problem('2,000,001', { max: 2_000_000 })).toEqual({ key: 'input.amount.max', params: { max: 2_000_000 } });
    expect(value('-5')).toBe(-5);
    expect(parseAmountInput('0', { min: 0 })).toEqual({ ok: true, value: 0 });
  });
});

describe('westernDigits', () => {
  it('reads Thai digits as Western ones and trims, leaving everything else as typed', () => {
    expect(westernDigits(' ๒๕๖๔ ')).toBe('2564');
    expect(westernDigits('๔๕,๐๐๐.๕๐ บาท')).toBe('45,000.50 บาท');
    expect(westernDigits('12a')).toBe('12a');
  });
});
