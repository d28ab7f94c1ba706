import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isValidThaiId, thaiIdCheckDigit, thaiIdProblem } from './thaiId.ts';
import { thaiIdSchema } from './schemas.ts';

describe('Thai national ID checksum', () => {
  it('accepts a valid ID, with or without dashes', () => {
    // 1-1037-02071-81-? : check digit computed by hand: sum = 1*13+1*12+0*11+3*10+7*9+0*8+2*7+0*6+7*5+1*4+8*3+1*2 = 197; 197 % 11 = 10; (11-10) % 10 = 1
    expect(thaiIdCheckDigit('110370207181')).toBe(1);
    expect(isValidThaiId('1103702071811')).toBe(true);
    expect(isValidThaiId('1-1037-02071-81-1')).toBe(true);
  });
  it('says what is wrong', () => {
    expect(thaiIdProblem('1103702071812')).toBe('checksum');
    expect(thaiIdProblem('110370207181')).toBe('length');
    expect(thaiIdProblem('11037020718a1')).toBe('digits');
  });
  it('catches every single mistyped last digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-8]\d{11}$/), fc.integer({ min: 1, max: 9 }), (first12, shift) => {
        const good = first12 + thaiIdCheckDigit(first12);
        const bad = first12 + ((thaiIdCheckDigit(first12) + shift) % 10);
        return isValidThaiId(good) && !isValidThaiId(bad);
      }),
    );
  });
  it('gives a field message key through the shared schema', () => {
    const r = thaiIdSchema.safeParse('1103702071812');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('field.thaiId.checksum');
  });
});
