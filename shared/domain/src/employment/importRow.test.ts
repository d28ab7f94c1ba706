import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validApplicantInput, validThaiId } from './arbitraries.ts';
import { dayBE } from './days.ts';
import { RESIDENCE_DOCUMENT_LABELS } from './eligibility.ts';
import { applicantFields } from './schemas.ts';
import { WORKER_TYPE_LABELS } from './workers.ts';
import { APPLICANT_COLUMNS, importApplicants, importHeader, importRowProblems, readApplicantRow, type ImportRow } from './importRow.ts';
import { DEFAULT_POSITIONS } from './workers.ts';

const ID = '1101700230708';
const OTHER = '3100600123450';
const good = (a: ImportRow = {}): ImportRow => ({ nationalId: ID, firstName: 'สมชาย', lastName: 'ใจดี', type: 'บัณฑิต', idCardAreaCode: '190703', ...a });
const ctx = { positions: DEFAULT_POSITIONS };

describe('the import header', () => {
  it('finds columns by their Thai or English header, in any order', () => {
    const { columns, problems } = importHeader(['นามสกุล', ' National ID ', 'ชื่อ', 'worker type', 'รหัสตำบลตามบัตรประชาชน', 'อื่น ๆ']);
    expect(problems).toEqual([]);
    expect(columns).toMatchObject({ lastName: 0, nationalId: 1, firstName: 2, type: 3, idCardAreaCode: 4 });
  });
  it('reports each missing required column at row 1 under its Thai header', () => {
    const { problems } = importHeader(['เลขประจำตัวประชาชน', 'ชื่อ', 'ประเภท', 'รหัสตำบลตามบัตรประชาชน']);
    expect(problems).toEqual([{ row: 1, column: 'นามสกุล', field: 'lastName', key: 'employment.import.missingColumn', params: { column: 'นามสกุล' } }]);
  });
});

describe('one row', () => {
  it('reads a good row, with an ID Excel kept as a number and Thai digits in the rate and score', () => {
    const r = readApplicantRow(good({ nationalId: Number(ID), rate: '๑๕,๐๐๐', score: '๘๗.๕', phone: '081-234-5678' }), 2, ctx);
    expect(r).toEqual({
      ok: true,
      applicant: { nationalId: ID, firstName: 'สมชาย', lastName: 'ใจดี', type: 'graduate', idCardAreaCode: '190703', phone: '081-234-5678', email: null, score: 87.5, rate: 15000, residence: null },
    });
  });

  it('reports a bad check digit at its row and column', () => {
    expect(importRowProblems(good({ nationalId: '1101700230709' }), 7)).toEqual([{ row: 7, column: 'เลขประจำตัวประชาชน', field: 'nationalId', key: 'employment.nationalId.checksum' }]);
    expect(importRowProblems(good({ nationalId: '110170023070' }), 7)[0]?.key).toBe('employment.nationalId.format');
  });

  it('refuses a formula cell, and text that would run as a formula in a name', () => {
    expect(importRowProblems(good({ firstName: { formula: 'A1&B1', result: 'สมชาย' } }), 3)).toEqual([{ row: 3, column: 'ชื่อ', field: 'firstName', key: 'employment.import.formula' }]);
    expect(importRowProblems(good({ lastName: '=HYPERLINK("http://evil","x")' }), 3)).toEqual([{ row: 3, column: 'นามสกุล', field: 'lastName', key: 'employment.import.formula' }]);
    expect(importRowProblems(good({ lastName: '@SUM(1)' }), 3)[0]?.key).toBe('employment.import.formula');
    expect(importRowProblems(good({ rate: { sharedFormula: 'I2' } }), 3)[0]).toMatchObject({ column: 'อัตราค่าจ้าง (บาท/เดือน)', key: 'employment.import.formula' });
    expect(importRowProblems(good({ idCardAreaCode: '=190703' }), 3)[0]?.key).toBe('employment.import.formula');
  });

  it('reports an empty required cell and every other problem of the row at once', () => {
    const problems = importRowProblems(good({ lastName: '', type: 'ครู', idCardAreaCode: '1907', email: 'x@', score: '101' }), 4);
    expect(problems.map((p) => [p.column, p.key])).toEqual([
      ['นามสกุล', 'employment.import.required'],
      ['ประเภท', 'employment.workerType'],
      ['รหัสตำบลตามบัตรประชาชน', 'employment.areaCode'],
      ['อีเมล', 'employment.email'],
      ['คะแนนคัดเลือก', 'employment.score'],
    ]);
  });

  it('takes a rate only when it is the position’s, and refuses an amount no one means', () => {
    expect(importRowProblems(good({ rate: '15000.00' }), 2, ctx)).toEqual([]);
    expect(importRowProblems(good({ rate: 9000 }), 2, ctx)).toEqual([{ row: 2, column: 'อัตราค่าจ้าง (บาท/เดือน)', field: 'rate', key: 'employment.import.rateMismatch', params: { rate: 15000 } }]);
    expect(importRowProblems(good({ rate: '1e4' }), 2, ctx)[0]?.key).toBe('employment.import.rate');
  });

  it('takes a residence certificate only whole, with its date in BE', () => {
    const residence = { residenceAreaCode: '190703', residenceKind: 'หนังสือรับรองจากกำนันหรือผู้ใหญ่บ้าน', residenceReference: 'สบ 12/2564', residenceIssuedBy: 'นายก', residenceIssuedOn: '๕/๑/๒๕๖๔' };
    const r = readApplicantRow(good({ idCardAreaCode: '100101', ...residence }), 2);
    expect(r.ok && r.applicant.residence).toEqual({ areaCode: '190703', kind: 'headmanLetter', reference: 'สบ 12/2564', issuedBy: 'นายก', issuedOn: '2021-01-05' });
    expect(importRowProblems(good({ ...residence, residenceIssuedBy: '' }), 2)).toEqual([{ row: 2, column: 'ผู้รับรอง', field: 'residenceIssuedBy', key: 'employment.import.residenceIncomplete' }]);
    expect(importRowProblems(good({ ...residence, residenceIssuedOn: '5/1/2021' }), 2)[0]).toMatchObject({ field: 'residenceIssuedOn', key: 'employment.import.date' });
  });

  it('property: any valid ID, typed with Thai digits or dashes, reads back as its 13 digits', () => {
    const thai = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
    fc.assert(
      fc.property(validThaiId(), fc.constantFrom((s: string) => s, thai, (s: string) => `${s.slice(0, 1)}-${s.slice(1, 5)}-${s.slice(5)}`), (id, typed) => {
        const r = readApplicantRow(good({ nationalId: typed(id) }), 2);
        expect(r.ok && r.applicant.nationalId).toBe(id);
      }),
    );
  });
});

describe('an import row and the form agree', () => {
  it('property: any applicant the form takes, written as a row with Thai words, reads back as itself and passes the form’s schema', () => {
    fc.assert(
      fc.property(validApplicantInput(), (a) => {
        const row: ImportRow = {
          nationalId: a.nationalId,
          firstName: a.firstName,
          lastName: a.lastName,
          type: WORKER_TYPE_LABELS[a.type].th,
          idCardAreaCode: a.idCardAreaCode,
          phone: a.phone,
          email: a.email,
          score: a.score,
          ...(a.residence
            ? {
                residenceAreaCode: a.residence.areaCode,
                residenceKind: RESIDENCE_DOCUMENT_LABELS[a.residence.kind].th,
                residenceReference: a.residence.reference,
                residenceIssuedBy: a.residence.issuedBy,
                residenceIssuedOn: dayBE(a.residence.issuedOn),
              }
            : {}),
        };
        const r = readApplicantRow(row, 2);
        expect(r.ok, JSON.stringify(!r.ok && r.problems)).toBe(true);
        if (!r.ok) return;
        const trimmed = { ...a, firstName: a.firstName.trim(), lastName: a.lastName.trim(), residence: a.residence && { ...a.residence, reference: a.residence.reference.trim(), issuedBy: a.residence.issuedBy.trim() } };
        const { tambonId: _, ...fields } = trimmed;
        expect({ ...r.applicant, rate: undefined }).toEqual({ ...fields, rate: undefined });
        expect(applicantFields.safeParse(r.applicant).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a whole file', () => {
  it('imports nothing while any row is bad, and reports every bad row', () => {
    const rows = [good(), good({ nationalId: '1101700230709' }), good({ nationalId: OTHER, firstName: '=1+1' }), good({ nationalId: OTHER })];
    const r = importApplicants(rows, { ...ctx, heldIds: new Set([OTHER]) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [3, 'เลขประจำตัวประชาชน', 'employment.nationalId.checksum'],
      [4, 'ชื่อ', 'employment.import.formula'],
      [5, 'เลขประจำตัวประชาชน', 'employment.import.underContract'],
    ]);
  });

  it('reports the same person twice, naming the first row', () => {
    const r = importApplicants([good(), good({ firstName: 'สมหญิง' })]);
    expect(r).toEqual({ ok: false, problems: [{ row: 3, column: 'เลขประจำตัวประชาชน', field: 'nationalId', key: 'employment.import.duplicate', params: { row: 2 } }] });
  });

  it('imports a clean file whole', () => {
    const r = importApplicants([good(), good({ nationalId: OTHER, type: 'ประชาชน', rate: '๙,๐๐๐' })], ctx);
    expect(r.ok && r.applicants.map((a) => [a.nationalId, a.type, a.rate])).toEqual([
      [ID, 'graduate', null],
      [OTHER, 'citizen', 9000],
    ]);
  });

  it('refuses an empty file and one too large to check', () => {
    expect(importApplicants([])).toMatchObject({ ok: false, problems: [{ key: 'employment.import.empty' }] });
    expect(importApplicants(Array.from({ length: 5001 }, () => good()))).toMatchObject({ ok: false, problems: [{ key: 'employment.import.tooManyRows' }] });
  });

  it('has a header for every field, Thai and English, none twice', () => {
    expect(new Set(APPLICANT_COLUMNS.map((c) => c.th)).size).toBe(APPLICANT_COLUMNS.length);
    expect(new Set(APPLICANT_COLUMNS.map((c) => c.en)).size).toBe(APPLICANT_COLUMNS.length);
  });
});
