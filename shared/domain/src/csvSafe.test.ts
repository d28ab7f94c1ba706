import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellText, csvField, csvFile, looksLikeFormula } from './csvSafe.ts';

describe('cells from users never become live formulas', () => {
  it.each(['=1+1', '+66 81 234 5678', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '  =HYPERLINK("http://x")', '=cmd|"/c calc"!A0'])('%j is written as text', (v) => {
    expect(looksLikeFormula(v)).toBe(true);
    expect(cellText(v).startsWith("'")).toBe(true);
  });

  it('leaves ordinary text and numbers as they are', () => {
    for (const v of ['สมชาย ใจดี', 'a=b', '1-2', 'email@x.co', '']) expect(cellText(v)).toBe(v);
    expect(csvField(-5)).toBe('-5');
    expect(csvField(45000.5)).toBe('45000.5');
    expect(csvField(null)).toBe('');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('quotes a field with a comma, quote or line end, after neutralising it', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
  });

  it('writes a file Excel opens in Thai: BOM, CRLF', () => {
    expect(csvFile([['ชื่อ', 'อัตรา'], ['=x', 9000]])).toBe("\uFEFFชื่อ,อัตรา\r\n'=x,9000\r\n");
  });

  it('property: no text field, once written, starts with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const f = csvField(s);
        const body = f.startsWith('"') ? f.slice(1) : f;
        expect(looksLikeFormula(body)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
