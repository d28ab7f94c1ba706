import fc from 'fast-check';
import { thaiIdCheckDigit } from '../thaiId.ts';
import { isoDate } from '../dateInputBE.ts';
import { daysInMonth } from '../calendar.ts';
import { RESIDENCE_DOCUMENT_KINDS } from './eligibility.ts';
import { WORKER_TYPES } from './workers.ts';

/**
 * Generators of valid employment inputs, for property tests here and in the server's hostile-input tests. Test-only:
 * nothing in the app imports it (fast-check is a dev dependency).
 */

/** A valid Thai national ID: twelve digits (the first 1–8, as issued) and their check digit. */
export const validThaiId = (): fc.Arbitrary<string> =>
  fc.tuple(fc.integer({ min: 1, max: 8 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 })).map(([first, rest]) => {
    const twelve = `${first}${rest.join('')}`;
    return `${twelve}${thaiIdCheckDigit(twelve)}`;
  });

/** A real calendar day between 2000 and 2100, as the API takes it ('YYYY-MM-DD'). */
export const isoDay = (min = 2000, max = 2100): fc.Arbitrary<string> =>
  fc
    .record({ year: fc.integer({ min, max }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
    .map((d) => isoDate({ ...d, day: Math.min(d.day, daysInMonth(d.year, d.month)) }));

export const areaCode = (): fc.Arbitrary<string> => fc.stringMatching(/^[1-9][0-9]{5}$/);

const name = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() !== '' && !/^[\s=+\-@]/.test(s));

export const validApplicantInput = () =>
  fc.record({
    tambonId: fc.stringMatching(/^[a-z0-9]{15}$/),
    nationalId: validThaiId(),
    firstName: name,
    lastName: name,
    type: fc.constantFrom(...WORKER_TYPES),
    idCardAreaCode: areaCode(),
    residence: fc.option(
      fc.record({ areaCode: areaCode(), kind: fc.constantFrom(...RESIDENCE_DOCUMENT_KINDS), reference: name, issuedBy: name, issuedOn: isoDay() }),
      { nil: null },
    ),
    phone: fc.option(fc.stringMatching(/^0[0-9]{9}$/), { nil: null }),
    email: fc.option(fc.constantFrom('a@b.co', 'worker@example.com'), { nil: null }),
    score: fc.option(fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100), { nil: null }),
  });

/** A rate as the central office types it: whole baht or with satang, within the positions' bounds. */
export const validRate = (): fc.Arbitrary<number> => fc.integer({ min: 100, max: 10_000_000 }).map((s) => s / 100);
