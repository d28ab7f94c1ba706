import { parseAmountInput, westernDigits } from '../amountInput.ts';
import { looksLikeFormula } from '../csvSafe.ts';
import { datePartsFromText, isoDate, parseDateBE } from '../dateInputBE.ts';
import type { Params } from '../i18n.ts';
import { toSatang } from '../money.ts';
import { normaliseThaiId, thaiIdProblem } from '../thaiId.ts';
import { isAreaCode, RESIDENCE_DOCUMENT_KINDS, RESIDENCE_DOCUMENT_LABELS, type ResidenceCertificate, type ResidenceDocumentKind } from './eligibility.ts';
import type { EmploymentMessageKey } from './messages.ts';
import { WORKER_TYPE_LABELS, WORKER_TYPES, type Positions, type WorkerType } from './workers.ts';

/**
 * Importing applicants from a CSV or Excel file (one tambon at a time: the page picks the tambon). Every bad row is
 * reported with its row number (as the spreadsheet numbers it: the header is row 1), its column (the header as the
 * file has it) and the reason; the server imports nothing until the file is clean.
 */
export const APPLICANT_COLUMNS = [
  { field: 'nationalId', th: 'เลขประจำตัวประชาชน', en: 'National ID', required: true },
  { field: 'firstName', th: 'ชื่อ', en: 'First name', required: true },
  { field: 'lastName', th: 'นามสกุล', en: 'Last name', required: true },
  { field: 'type', th: 'ประเภท', en: 'Worker type', required: true },
  { field: 'idCardAreaCode', th: 'รหัสตำบลตามบัตรประชาชน', en: 'ID card tambon code', required: true },
  { field: 'phone', th: 'โทรศัพท์', en: 'Phone', required: false },
  { field: 'email', th: 'อีเมล', en: 'Email', required: false },
  { field: 'score', th: 'คะแนนคัดเลือก', en: 'Selection score', required: false },
  { field: 'rate', th: 'อัตราค่าจ้าง (บาท/เดือน)', en: 'Monthly rate (THB)', required: false },
  { field: 'residenceAreaCode', th: 'รหัสตำบลที่พักอาศัย', en: 'Residence tambon code', required: false },
  { field: 'residenceKind', th: 'เอกสารรับรองที่พักอาศัย', en: 'Residence document', required: false },
  { field: 'residenceReference', th: 'เลขที่เอกสารรับรอง', en: 'Document number', required: false },
  { field: 'residenceIssuedBy', th: 'ผู้รับรอง', en: 'Certified by', required: false },
  { field: 'residenceIssuedOn', th: 'วันที่รับรอง (พ.ศ.)', en: 'Certified on (BE)', required: false },
] as const;
export type ApplicantField = (typeof APPLICANT_COLUMNS)[number]['field'];
const RESIDENCE_FIELDS = ['residenceAreaCode', 'residenceKind', 'residenceReference', 'residenceIssuedBy', 'residenceIssuedOn'] as const satisfies readonly ApplicantField[];
const FREE_TEXT: ReadonlySet<ApplicantField> = new Set(['firstName', 'lastName', 'residenceReference', 'residenceIssuedBy']);

/** A file holds at most this many applicants: a university's tambons with their reserves, with room to spare. */
export const MAX_IMPORT_ROWS = 5_000;
/**
 * The largest import file: 700 kB, so that its base64 stays within the API's 1 MB request body (server httpGuards
 * MAX_BODY_BYTES). A file of 5,000 applicants (MAX_IMPORT_ROWS) is about 200 kB as .xlsx and 500 kB as .csv.
 */
export const MAX_IMPORT_BYTES = 700 * 1024;
/** A name, reference or certifier is at most this long. */
export const MAX_IMPORT_TEXT = 200;

/**
 * A cell as the server's reader hands it over: text, a number (Excel keeps an ID or amount as one), a date (an Excel
 * date cell), empty, or a formula (exceljs's { formula } / { sharedFormula }), which is refused.
 */
export type ImportCell = string | number | boolean | Date | null | undefined | { formula?: string; sharedFormula?: string; result?: unknown };
export type ImportRow = Partial<Record<ApplicantField, ImportCell>>;

export interface ImportProblem {
  /** The row as the spreadsheet numbers it (the header is row 1). */
  row: number;
  /** The column's header as the file has it. */
  column: string;
  field: ApplicantField;
  key: EmploymentMessageKey;
  params?: Params;
}

export interface ApplicantRow {
  nationalId: string;
  firstName: string;
  lastName: string;
  type: WorkerType;
  idCardAreaCode: string;
  phone: string | null;
  email: string | null;
  score: number | null;
  rate: number | null;
  residence: ResidenceCertificate | null;
}

const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Which column of the file holds which field, by its header (Thai or English, any case and spacing), and the required
 * columns the file lacks — each reported at row 1 under its Thai header.
 */
export function importHeader(headers: readonly unknown[]): { columns: Partial<Record<ApplicantField, number>>; problems: ImportProblem[] } {
  const columns: Partial<Record<ApplicantField, number>> = {};
  headers.forEach((h, i) => {
    if (typeof h !== 'string') return;
    const c = APPLICANT_COLUMNS.find((c) => norm(c.th) === norm(h) || norm(c.en) === norm(h) || c.field.toLowerCase() === norm(h));
    if (c && columns[c.field] === undefined) columns[c.field] = i;
  });
  const problems = APPLICANT_COLUMNS.filter((c) => c.required && columns[c.field] === undefined).map(
    (c): ImportProblem => ({ row: 1, column: c.th, field: c.field, key: 'employment.import.missingColumn', params: { column: c.th } }),
  );
  return { columns, problems };
}

const isFormulaCell = (v: ImportCell): boolean => typeof v === 'object' && v !== null && !(v instanceof Date) && ('formula' in v || 'sharedFormula' in v);

/** A cell as text: numbers as written (an ID Excel kept as a number reads back whole), dates as ISO days. */
function text(v: ImportCell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? (Number.isInteger(v) ? v.toFixed(0) : String(v)) : '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') return '';
  return String(v).trim();
}

const TYPE_NAMES: ReadonlyMap<string, WorkerType> = new Map(WORKER_TYPES.flatMap((t) => [[norm(WORKER_TYPE_LABELS[t].th), t], [norm(WORKER_TYPE_LABELS[t].en), t], [t, t]] as const));
const KIND_NAMES: ReadonlyMap<string, ResidenceDocumentKind> = new Map(
  RESIDENCE_DOCUMENT_KINDS.flatMap((k) => [[norm(RESIDENCE_DOCUMENT_LABELS[k].th), k], [norm(RESIDENCE_DOCUMENT_LABELS[k].en), k], [norm(k), k]] as const),
);
/** A Thai or international phone number as people write it: 081-234-5678, 02 610 5299, +66812345678. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 -]{7,14}[0-9]$/;
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A day from a cell: an Excel date, an ISO day, or a BE day as typed ("5/3/2564", Thai digits too). */
function dayOf(v: ImportCell): string | null {
  if (v instanceof Date) return text(v) || null;
  const parts = datePartsFromText(text(v));
  if (!parts) return null;
  const r = parseDateBE(parts, { required: true });
  return r.ok && r.value ? isoDate(r.value) : null;
}

export interface ImportContext {
  /** The tambon's positions: a rate given in the file must be the position's rate. */
  positions?: Positions;
}

/** One row read into an applicant, or every problem it has. */
export function readApplicantRow(row: ImportRow, rowNumber: number, ctx: ImportContext = {}): { ok: true; applicant: ApplicantRow } | { ok: false; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const say = (field: ApplicantField, key: EmploymentMessageKey, params?: Params) => {
    const column = APPLICANT_COLUMNS.find((c) => c.field === field)!.th;
    problems.push({ row: rowNumber, column, field, key, ...(params ? { params } : {}) });
  };
  const cells = {} as Record<ApplicantField, string>;
  for (const c of APPLICANT_COLUMNS) {
    const v = row[c.field];
    if (isFormulaCell(v)) {
      say(c.field, 'employment.import.formula');
      cells[c.field] = '';
      continue;
    }
    const t = text(v);
    cells[c.field] = t;
    if (t.startsWith('=') || (FREE_TEXT.has(c.field) && looksLikeFormula(t))) say(c.field, 'employment.import.formula');
    else if (c.required && t === '') say(c.field, 'employment.import.required');
  }
  const bad = new Set(problems.map((p) => p.field));
  const check = (field: ApplicantField, ok: boolean, key: EmploymentMessageKey, params?: Params) => {
    if (!bad.has(field) && cells[field] !== '' && !ok) {
      say(field, key, params);
      bad.add(field);
    }
  };

  const nationalId = normaliseThaiId(westernDigits(cells.nationalId));
  const idProblem = thaiIdProblem(nationalId);
  check('nationalId', idProblem === null, idProblem === 'checksum' ? 'employment.nationalId.checksum' : 'employment.nationalId.format');
  for (const f of ['firstName', 'lastName', 'residenceReference', 'residenceIssuedBy'] as const) check(f, cells[f].length <= MAX_IMPORT_TEXT, 'employment.import.tooLong');
  const type = TYPE_NAMES.get(norm(cells.type));
  check('type', type !== undefined, 'employment.workerType');
  const idCardAreaCode = westernDigits(cells.idCardAreaCode);
  check('idCardAreaCode', isAreaCode(idCardAreaCode), 'employment.areaCode');
  check('phone', PHONE_PATTERN.test(westernDigits(cells.phone)), 'employment.phone');
  check('email', EMAIL_PATTERN.test(cells.email) && cells.email.length <= 200, 'employment.email');

  const scoreText = westernDigits(cells.score);
  const score = Number(scoreText);
  check('score', /^\d{1,3}(\.\d{1,2})?$/.test(scoreText) && score <= 100, 'employment.score');

  let rate: number | null = null;
  if (cells.rate !== '' && !bad.has('rate')) {
    const r = parseAmountInput(cells.rate, { min: 1, max: 100_000 });
    if (!r.ok) check('rate', false, 'employment.import.rate');
    else {
      rate = r.value;
      const expected = type && ctx.positions ? ctx.positions[type].rate : null;
      if (rate !== null && expected !== null && toSatang(rate) !== toSatang(expected)) check('rate', false, 'employment.import.rateMismatch', { rate: expected });
    }
  }

  // A residence is all or nothing: once one of its columns is filled, each of them is needed.
  let residence: ResidenceCertificate | null = null;
  if (RESIDENCE_FIELDS.some((f) => cells[f] !== '' || bad.has(f))) {
    for (const f of RESIDENCE_FIELDS) if (cells[f] === '' && !bad.has(f)) {
      say(f, 'employment.import.residenceIncomplete');
      bad.add(f);
    }
    const areaCode = westernDigits(cells.residenceAreaCode);
    check('residenceAreaCode', isAreaCode(areaCode), 'employment.areaCode');
    const kind = KIND_NAMES.get(norm(cells.residenceKind));
    check('residenceKind', kind !== undefined, 'employment.residence.kind');
    const issuedOn = dayOf(row.residenceIssuedOn);
    check('residenceIssuedOn', issuedOn !== null, 'employment.import.date');
    if (kind && issuedOn) residence = { areaCode, kind, reference: cells.residenceReference, issuedBy: cells.residenceIssuedBy, issuedOn };
  }

  if (problems.length > 0 || !type) return { ok: false, problems };
  return {
    ok: true,
    applicant: {
      nationalId,
      firstName: cells.firstName,
      lastName: cells.lastName,
      type,
      idCardAreaCode,
      phone: cells.phone === '' ? null : westernDigits(cells.phone),
      email: cells.email === '' ? null : cells.email,
      score: scoreText === '' ? null : score,
      rate,
      residence,
    },
  };
}

/** Every problem of one row (none when it reads cleanly). */
export function importRowProblems(row: ImportRow, rowNumber: number, ctx: ImportContext = {}): ImportProblem[] {
  const r = readApplicantRow(row, rowNumber, ctx);
  return r.ok ? [] : r.problems;
}

/**
 * A whole file's rows (after the header, numbered from 2): each row's problems, the same person twice in the file,
 * and a person already under contract anywhere in the country (`heldIds`, national IDs the server found with a
 * contract). The applicants come back only when there is no problem at all: nothing is imported from a file with one.
 */
export function importApplicants(
  rows: readonly ImportRow[],
  ctx: ImportContext & { heldIds?: ReadonlySet<string> } = {},
): { ok: true; applicants: ApplicantRow[] } | { ok: false; problems: ImportProblem[] } {
  const column = APPLICANT_COLUMNS[0].th;
  if (rows.length === 0) return { ok: false, problems: [{ row: 2, column, field: 'nationalId', key: 'employment.import.empty' }] };
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, problems: [{ row: MAX_IMPORT_ROWS + 2, column, field: 'nationalId', key: 'employment.import.tooManyRows' }] };
  const problems: ImportProblem[] = [];
  const applicants: ApplicantRow[] = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((row, i) => {
    const rowNumber = i + 2;
    const r = readApplicantRow(row, rowNumber, ctx);
    if (!r.ok) {
      problems.push(...r.problems);
      return;
    }
    const id = r.applicant.nationalId;
    const first = firstRowOf.get(id);
    if (first !== undefined) problems.push({ row: rowNumber, column, field: 'nationalId', key: 'employment.import.duplicate', params: { row: first } });
    else firstRowOf.set(id, rowNumber);
    if (ctx.heldIds?.has(id)) problems.push({ row: rowNumber, column, field: 'nationalId', key: 'employment.import.underContract' });
    applicants.push(r.applicant);
  });
  return problems.length ? { ok: false, problems } : { ok: true, applicants };
}
