import { describe, expect, it } from 'vitest';
import { employmentMessages, translateEmployment, type EmploymentMessageKey } from './messages.ts';
import { MAX_IMPORT_ROWS, MAX_IMPORT_TEXT } from './importRow.ts';
import { MAX_CONTRACT_MONTHS } from './contracts.ts';
import { SCHEMA_MESSAGE_KEYS } from './schemas.ts';
import { POSITION_LIMITS } from './workers.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the employment catalogue', () => {
  it('says everything in Thai and English, with the same placeholders', () => {
    expect(Object.keys(employmentMessages.en).sort()).toEqual(Object.keys(employmentMessages.th).sort());
    for (const k of Object.keys(employmentMessages.th) as EmploymentMessageKey[]) {
      expect(employmentMessages.en[k].trim(), k).not.toBe('');
      expect(placeholders(employmentMessages.en[k]), k).toEqual(placeholders(employmentMessages.th[k]));
    }
  });

  it('the keys the schemas use carry no placeholder', () => {
    expect(SCHEMA_MESSAGE_KEYS.size).toBeGreaterThan(15);
    for (const k of SCHEMA_MESSAGE_KEYS) expect(placeholders(employmentMessages.th[k]), k).toEqual([]);
  });

  it('states the limits the checks apply', () => {
    const says = (k: EmploymentMessageKey, n: number) => {
      for (const locale of ['th', 'en'] as const) expect(translateEmployment(locale, k), `${locale} ${k}`).toContain(n.toLocaleString('en-US'));
    };
    says('employment.positions.count', POSITION_LIMITS.maxCount);
    says('employment.positions.rate', POSITION_LIMITS.maxRate);
    says('employment.contract.tooLong', MAX_CONTRACT_MONTHS);
    says('employment.import.tooManyRows', MAX_IMPORT_ROWS);
    says('employment.import.tooLong', MAX_IMPORT_TEXT);
    says('employment.name', MAX_IMPORT_TEXT);
  });

  it('fills in the days of a short notice', () => {
    expect(translateEmployment('th', 'employment.notice.short', { notice: '31/1/2564', earliest: '28/2/2564' })).toBe(
      'ต้องแจ้งลาออกล่วงหน้าอย่างน้อย 1 เดือน: แจ้งวันที่ 31/1/2564 วันทำงานวันสุดท้ายต้องไม่ก่อนวันที่ 28/2/2564',
    );
  });
});
