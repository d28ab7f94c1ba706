import { describe, expect, it } from 'vitest';
import { fromPbDate, isoFromPb, toPbDate } from '../src/pocketbase/dates.ts';

describe("PocketBase's dates", () => {
  it('are written with a space and read back as the same instant', () => {
    const at = new Date('2021-02-01T03:00:00.000Z');
    expect(toPbDate(at)).toBe('2021-02-01 03:00:00.000Z');
    expect(fromPbDate(toPbDate(at))?.getTime()).toBe(at.getTime());
  });
  it('reach the browser as ISO strings, empty ones as null', () => {
    expect(isoFromPb('2021-03-10 16:59:59.000Z')).toBe('2021-03-10T16:59:59.000Z');
    expect(isoFromPb('')).toBeNull();
    expect(isoFromPb(undefined)).toBeNull();
    expect(isoFromPb('not a date')).toBeNull();
  });
});
