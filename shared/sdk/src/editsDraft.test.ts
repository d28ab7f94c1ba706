import { describe, expect, it } from 'vitest';
import { amountOf, amountProblems, EditsDraft } from './editsDraft.svelte.ts';

class NoteDraft extends EditsDraft {
  constructor(
    private readonly saved: () => string,
    version: () => number = () => 0,
  ) {
    super(() => ({ note: version() }));
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

describe('the version a save carries', () => {
  it('is the one the user started typing over, even when a refetch brings someone else\'s newer one', () => {
    let server = { text: 'เดิม', version: 3 };
    const d = new NoteDraft(() => server.text, () => server.version);
    expect(d.version('note')).toBe(3); // nothing typed: the version fetched
    d.note = 'ของฉัน';
    server = { text: 'ของคนอื่น', version: 4 };
    expect(d.version('note')).toBe(3); // the save names 3, so the server answers CONFLICT instead of overwriting 4
    expect(d.note).toBe('ของฉัน');
  });

  it('after a conflict the person may save over the current version on purpose; after saving it follows the server again', () => {
    let version = 3;
    const d = new NoteDraft(() => 'x', () => version);
    d.note = 'ของฉัน';
    version = 4;
    d.adopt({ note: 4 });
    expect(d.version('note')).toBe(4);
    d.reset();
    version = 5;
    expect(d.version('note')).toBe(5);
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
