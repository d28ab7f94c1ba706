import { describe, expect, it } from 'vitest';
import { amountOf, amountProblems, EditsDraft } from './editsDraft.svelte.ts';

class NoteDraft extends EditsDraft {
  constructor(private readonly saved: () => string) {
    super();
  }
  get note() {
    return this.typed('note', this.saved);
  }
  set note(text: string) {
    this.type('note', text);
  }
}

describe('EditsDraft', () => {
  it('shows the server value until the user types, then keeps the typing through server changes', () => {
    let server = 'เดิม';
    const d = new NoteDraft(() => server);
    expect(d.note).toBe('เดิม');
    d.note = 'ใหม่';
    server = 'คนอื่นแก้';
    expect(d.note).toBe('ใหม่');
    expect(d.dirty).toBe(true);
    d.reset();
    expect(d.note).toBe('คนอื่นแก้');
  });
});

describe('amount fields', () => {
  it('names each field that is not an amount and reads the others', () => {
    expect(amountProblems([['a', '1,000'], ['b', '1e3'], ['c', '']], 'th')).toEqual({ b: ['กรุณากรอกจำนวนเงินเต็มรูป เช่น 1000 แทน 1e3'] });
    expect(amountOf('๑,๐๐๐')).toBe(1000);
    expect(amountOf('')).toBe(0);
    expect(amountOf('junk')).toBe(0);
  });
});
