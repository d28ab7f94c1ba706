import { describe, expect, it } from 'vitest';
import { parseAmount } from './format.ts';

describe('amounts as people type them', () => {
  it('accepts thousands separators, spaces and the baht sign', () => {
    expect(parseAmount('45,000')).toBe(45_000);
    expect(parseAmount(' 1 200.50 ')).toBe(1_200.5);
    expect(parseAmount('฿5,500')).toBe(5_500);
  });
  it('treats empty as not reported and rejects words', () => {
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('ห้าพัน')).toBe('invalid');
  });
});
