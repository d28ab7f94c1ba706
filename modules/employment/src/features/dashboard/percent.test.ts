import { describe, expect, it } from 'vitest';
import { percent } from './percent.ts';

describe('hired of the target', () => {
  it('never reads as complete before the last person is hired, and says nothing when there is no target', () => {
    expect(percent(59_999, 60_000, 'th')).toBe('99.99');
    expect(percent(60_000, 60_000, 'th')).toBe('100.00');
    expect(percent(1, 3, 'en')).toBe('33.33');
    expect(percent(2, 3, 'en')).toBe('66.67');
    expect(percent(0, 0, 'th')).toBe('—');
  });
});
