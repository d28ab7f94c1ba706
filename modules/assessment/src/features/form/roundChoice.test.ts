import { describe, expect, it } from 'vitest';
import { roundShown } from './roundChoice.ts';

const closed = { open: false, why: 'closed' };
const open = { open: true, why: 'window' };
const notYet = { open: false, why: 'notYet' };

describe('roundShown', () => {
  const rounds = [
    { id: 'baseline', window: closed },
    { id: 'q1', window: open },
    { id: 'q2', window: notYet },
  ];
  it('is the round the address asks for', () => {
    expect(roundShown(rounds, 'baseline')?.id).toBe('baseline');
  });
  it('else the latest round that has opened, not one still to come', () => {
    expect(roundShown(rounds, undefined)?.id).toBe('q1');
    expect(roundShown(rounds, 'no-such-round')?.id).toBe('q1');
    expect(roundShown([{ id: 'b', window: closed }, { id: 'q', window: notYet }], undefined)?.id).toBe('b');
  });
  it('else the first to come, and nothing when there are no rounds', () => {
    expect(roundShown([{ id: 'q1', window: notYet }, { id: 'q2', window: notYet }], undefined)?.id).toBe('q1');
    expect(roundShown([], undefined)).toBeNull();
  });
});
