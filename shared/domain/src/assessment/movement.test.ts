import { describe, expect, it } from 'vitest';
import { movementOf } from './movement.ts';

describe('movement between rounds', () => {
  it('up, down or the same by tier', () => {
    expect(movementOf('survive', 'sufficiency')).toBe('up');
    expect(movementOf('unclassified', 'survive')).toBe('up');
    expect(movementOf('sustainable', 'sufficiency')).toBe('down');
    expect(movementOf('sufficiency', 'sufficiency')).toBe('same');
    expect(movementOf('unclassified', 'unclassified')).toBe('same');
  });
  it('new when only the later round assessed the tambon; none when the later round did not', () => {
    expect(movementOf(null, 'survive')).toBe('new');
    expect(movementOf('survive', null)).toBe('none');
    expect(movementOf(null, null)).toBe('none');
  });
});
