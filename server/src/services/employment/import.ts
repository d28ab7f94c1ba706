import ExcelJS from 'exceljs';
import {
  APPLICANT_COLUMNS,
  importApplicants,
  importHeader,
  readApplicantRow,
  RESIDENCE_DOCUMENT_KINDS,
  RESIDENCE_DOCUMENT_LABELS,
  translateEmployment,
  WORKER_TYPE_LABELS,
  WORKER_TYPES,
  type ImportCell,
  type ImportProblem,
  type ImportRow,
} from '@otou/domain';
import type { InputOf, importApplicantsInput } from '@otou/domain/employment/schemas';
import type { Actor } from '../../context.ts';
import { fieldError } from '../../errors.ts';
import type { ExportFile } from '../budget/export.ts';
import { loadTambon } from '../budget/read.ts';
import { writeEmployment } from './audit.ts';
import { applicantId, personId } from './ids.ts';
import { heldContracts, peopleVersions } from './people.ts';
import { tambonPositions } from './positions.ts';
import { assertHire, placeOf, todayOf } from './scope.ts';
import { writeApplicants, type NewApplicant } from './applicants.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A sheet as rows of cells: the header row first. */
type Sheet = ImportCell[][];

/** An exceljs cell value as the domain's reader takes it: formulas stay formulas (refused), rich text and links as their text. */
function cellOf(v: ExcelJS.CellValue): ImportCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if ('formula' in v || 'sharedFormula' in v) return v as { formula?: string; sharedFormula?: string; result?: unknown };
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('text' in v && typeof v.text === 'string') return v.text;
  if ('error' in v) return String(v.error);
  return null;
}

async function readXlsx(bytes: Buffer): Promise<Sheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: Sheet = [];
  const width = ws.columnCount;
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: ImportCell[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellOf(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/** RFC 4180 CSV (comma, double quotes, CRLF or LF), UTF-8 with or without a byte-order mark. */
export function readCsv(text: string): Sheet {
  const rows: Sheet = [];
  let row: ImportCell[] = [];
  let cell = '';
  let quoted = false;
  const s = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

const blank = (v: ImportCell) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** The file's rows as the domain reads them, by the header's columns; trailing empty rows dropped. */
function rowsOf(sheet: Sheet): { header: ImportCell[]; rows: ImportRow[]; problems: ImportProblem[] } {
  const header = (sheet[0] ?? []).map((h) => (typeof h === 'string' ? h.trim() : h));
  const { columns, problems } = importHeader(header);
  const body = sheet.slice(1);
  while (body.length && body.at(-1)!.every(blank)) body.pop();
  const rows = body.map((cells) => {
    const row: ImportRow = {};
    for (const [field, index] of Object.entries(columns)) row[field as keyof ImportRow] = cells[index as number];
    return row;
  });
  return { header, rows, problems };
}

const COLUMN_ORDER = new Map<string, number>(APPLICANT_COLUMNS.map((c, i) => [c.th, i]));
const byPlace = (a: ImportProblem, b: ImportProblem) => a.row - b.row || (COLUMN_ORDER.get(a.column) ?? 99) - (COLUMN_ORDER.get(b.column) ?? 99);

/** At most this many applicants per transaction: each takes two writes (person, applicant), and PocketBase's batch 500. */
const PER_BATCH = 200;

/**
 * Imports a tambon's applicants from an .xlsx or .csv file: every bad row is reported by row, column and reason — bad
 * cells, formulas, missing columns, a person twice, a person under contract anywhere in the country, a person who
 * already applied here — and nothing is imported until the file is clean. `dryRun` only checks.
 */
export async function importApplicantsFile(a: Actor, input: InputOf<typeof importApplicantsInput>) {
  const tambon = await loadTambon(a.pb, input.tambonId);
  assertHire(a, tambon.path);
  const bytes = Buffer.from(input.base64, 'base64');
  let sheet: Sheet;
  try {
    sheet = input.filename.toLowerCase().endsWith('.csv') ? readCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) : await readXlsx(bytes);
  } catch {
    throw fieldError([{ field: 'base64', key: 'employment.import.unreadable' }]);
  }
  const { rows, problems: headerProblems } = rowsOf(sheet);
  const say = (problems: ImportProblem[]) => problems.sort(byPlace).map((p) => ({ row: p.row, column: p.column, field: p.field, message: translateEmployment(a.locale, p.key, p.params) }));
  if (headerProblems.length) return { checked: rows.length, imported: 0, problems: say(headerProblems) };

  const today = todayOf(a);
  const positions = await tambonPositions(a, tambon.id);
  // The people the file names (rows that read cleanly), to check against the whole country and this tambon.
  const ids = rows.flatMap((r, i) => {
    const read = readApplicantRow(r, i + 2, { positions });
    return read.ok ? [read.applicant.nationalId] : [];
  });
  const people = ids.map(personId);
  const [held, existing, versions] = await Promise.all([
    heldContracts(a, people, today),
    a.pb.collection('employment_applicants').getFullList({ filter: a.pb.filter('tambon = {:t}', { t: tambon.id }), fields: 'id', batch: 1000 }),
    peopleVersions(a, people),
  ]);
  const heldPeople = new Set(held.map((c) => c.person));
  const heldIds = new Set(ids.filter((id) => heldPeople.has(personId(id))));
  const applied = new Set(existing.map((r) => r.id));
  const result = importApplicants(rows, { positions, heldIds });
  const problems: ImportProblem[] = result.ok ? [] : [...result.problems];
  rows.forEach((r, i) => {
    const read = readApplicantRow(r, i + 2, { positions });
    if (read.ok && applied.has(applicantId(tambon.id, personId(read.applicant.nationalId))))
      problems.push({ row: i + 2, column: APPLICANT_COLUMNS[0].th, field: 'nationalId', key: 'employment.applicant.exists' });
  });
  if (problems.length || !result.ok || input.dryRun) return { checked: rows.length, imported: 0, problems: say(problems) };

  const applicants: NewApplicant[] = result.applicants.map(({ rate: _rate, ...n }) => n);
  for (let i = 0; i < applicants.length; i += PER_BATCH) {
    const chunk = applicants.slice(i, i + PER_BATCH);
    await writeEmployment(a, (b) => writeApplicants(b, tambon, chunk, versions, today), [
      { action: 'import', ...placeOf(tambon), changes: { filename: input.filename, rows: [i + 2, i + 1 + chunk.length], imported: chunk.length } },
    ]);
  }
  return { checked: rows.length, imported: applicants.length, problems: [] as ReturnType<typeof say> };
}

/** The import template: the columns with Thai headers (required ones marked), text cells for IDs and codes, and a sheet that explains them. */
export async function importTemplate(a: Actor): Promise<ExportFile> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'OTOU';
  wb.created = a.now;
  const ws = wb.addWorksheet(a.locale === 'en' ? 'Applicants' : 'ผู้สมัคร');
  ws.columns = APPLICANT_COLUMNS.map((c) => ({ header: a.locale === 'en' ? c.en : c.th, key: c.field, width: Math.max(16, c.th.length + 4) }));
  ws.getRow(1).font = { bold: true };
  // IDs and codes as text, so Excel keeps the leading zeros and all 13 digits.
  for (const field of ['nationalId', 'idCardAreaCode', 'phone', 'residenceAreaCode']) ws.getColumn(field).numFmt = '@';
  const help = wb.addWorksheet(a.locale === 'en' ? 'How to fill in' : 'คำอธิบาย');
  const en = a.locale === 'en';
  help.columns = [{ width: 34 }, { width: 14 }, { width: 70 }];
  help.addRow(en ? ['Column', 'Required', 'Values'] : ['คอลัมน์', 'ต้องกรอก', 'ค่าที่รับ']).font = { bold: true };
  const values: Partial<Record<string, string>> = {
    type: WORKER_TYPES.map((t) => WORKER_TYPE_LABELS[t][en ? 'en' : 'th']).join(' / '),
    residenceKind: RESIDENCE_DOCUMENT_KINDS.map((k) => RESIDENCE_DOCUMENT_LABELS[k][en ? 'en' : 'th']).join(' / '),
    nationalId: en ? '13 digits' : 'ตัวเลข 13 หลัก',
    idCardAreaCode: en ? '6-digit DOPA tambon code' : 'รหัสตำบล 6 หลักของกรมการปกครอง',
    residenceIssuedOn: en ? 'day/month/BE year, e.g. 5/3/2564' : 'วัน/เดือน/ปี พ.ศ. เช่น 5/3/2564',
  };
  for (const c of APPLICANT_COLUMNS) help.addRow([en ? c.en : c.th, c.required ? (en ? 'yes' : 'ใช่') : '', values[c.field] ?? '']);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return { filename: en ? 'applicants-template.xlsx' : 'แบบฟอร์มนำเข้าผู้สมัคร.xlsx', mime: XLSX, base64: buffer.toString('base64') };
}
