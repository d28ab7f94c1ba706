import ExcelJS from 'exceljs';
import { formatDateTime, formatMonth, periodMonth, periodMonths, toBuddhistYear, type BudgetReport, type Locale, type Period, type ReportRow } from '@otou/domain';
import type { InputOf, exportInput } from '@otou/domain/budget/schemas';
import type { Actor } from '../../context.ts';
import { tambonReport } from './report.ts';
import { rollup } from './rollup.ts';

/**
 * Exports of the monthly progress report (รายงานความก้าวหน้า) in the ministry's layout: one line per budget line,
 * each printed as a แผน (plan) row and a ผล (actual) row, months across. The .xlsx and the .csv are rendered from the
 * same table, so both always carry the same columns, rows and figures.
 */
export interface ExportMeta {
  /** e.g. 'ตำบลห้วยแห้ง อำเภอแก่งคอย จังหวัดสระบุรี' */
  title: string;
  /** e.g. the university's name */
  subtitle: string;
  period: Period;
  /** Language of headings, labels and row kinds; Thai when left out. */
  locale?: Locale;
  generatedAt: Date;
}

type Cell = string | number | null;

interface TableRow {
  level: ReportRow['level'];
  kind: 'plan' | 'actual';
  cells: Cell[];
}

interface Table {
  header: string[];
  rows: TableRow[];
  /** 0-based column positions, for styling */
  cols: { label: number; budget: number; remaining: number; kind: number; firstMonth: number; toDate: number; percent: number; remark: number };
}

const TEXT: Record<Locale, {
  sheet: string;
  label: string;
  budget: string;
  remaining: string;
  kind: string;
  toDate: string;
  percent: string;
  remark: string;
  plan: string;
  actual: string;
  info: (period: string, asOf: string, generated: string) => string;
  footer: string;
}> = {
  th: {
    sheet: 'รายงานความก้าวหน้า',
    label: 'โครงการ/กิจกรรม',
    budget: 'งบทั้งหมด',
    remaining: 'คงเหลือ',
    kind: 'แผน/ผล',
    toDate: 'รวมแผน/ผล ถึงเดือนรายงาน',
    percent: '%',
    remark: 'คำชี้แจง',
    plan: 'แผน',
    actual: 'ผล',
    info: (period, asOf, generated) => `ระยะเวลา ${period} · ข้อมูลถึงเดือน ${asOf} · จัดทำเมื่อ ${generated} น.`,
    footer: 'หน้า &P / &N',
  },
  en: {
    sheet: 'Progress report',
    label: 'Project/activity',
    budget: 'Total budget',
    remaining: 'Remaining',
    kind: 'Plan/Actual',
    toDate: 'Plan/actual to date',
    percent: '%',
    remark: 'Remarks',
    plan: 'Plan',
    actual: 'Actual',
    info: (period, asOf, generated) => `Period ${period} · Figures to ${asOf} · Generated ${generated}`,
    footer: 'Page &P of &N',
  },
};

/** "ม.ค. 2564" / "Jan 2564": short month and Buddhist Era year, as the ministry's forms head their columns. */
function monthHeading(year: number, month: number, locale: Locale): string {
  return `${formatMonth(month, locale, 'short')} ${toBuddhistYear(year)}`;
}

/** A ratio as a percentage with two decimals: 0.891725… → 89.17. */
const percent = (ratio: number) => Math.round(ratio * 10_000) / 100;

function rowLabel(r: ReportRow, locale: Locale): string {
  const label = r.label[locale];
  return r.level === 'total' ? label : `${r.code} ${label}`;
}

function buildTable(report: BudgetReport, meta: ExportMeta): Table {
  const locale = meta.locale ?? 'th';
  const t = TEXT[locale];
  const months = periodMonths(meta.period);
  if (months.length !== report.months) {
    throw new RangeError(`the period has ${months.length} months but the report has ${report.months}`);
  }
  const firstMonth = 4;
  const toDate = firstMonth + months.length;
  const cols = { label: 0, budget: 1, remaining: 2, kind: 3, firstMonth, toDate, percent: toDate + 1, remark: toDate + 2 };
  const width = cols.remark + 1;
  const header = [t.label, t.budget, t.remaining, t.kind, ...months.map((m) => monthHeading(m.year, m.month, locale)), t.toDate, t.percent, t.remark];

  const rows: TableRow[] = [];
  for (const r of report.rows) {
    const plan: Cell[] = Array<Cell>(width).fill(null);
    plan[cols.label] = rowLabel(r, locale);
    plan[cols.budget] = r.budget;
    plan[cols.remaining] = r.remaining;
    plan[cols.kind] = t.plan;
    months.forEach((_, i) => (plan[firstMonth + i] = r.plan[i] ?? 0));
    plan[cols.toDate] = r.planToDate;
    plan[cols.percent] = r.planToDate > 0 ? 100 : null;

    const actual: Cell[] = Array<Cell>(width).fill(null);
    actual[cols.kind] = t.actual;
    months.forEach((_, i) => (actual[firstMonth + i] = r.actual[i] ?? null));
    actual[cols.toDate] = r.actualToDate;
    actual[cols.percent] = r.achieved === null ? null : percent(r.achieved);
    actual[cols.remark] = r.remark === '' ? null : r.remark;

    rows.push({ level: r.level, kind: 'plan', cells: plan }, { level: r.level, kind: 'actual', cells: actual });
  }
  return { header, rows, cols };
}

// ---------------------------------------------------------------------------------------------------------------
// .xlsx

const FONT = 'TH Sarabun New';
const MONEY = '#,##0.00';
const PERCENT = '0.00';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF7F7F7F' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** The report as a real workbook: figures are numeric cells, headings and labels in the locale's language. */
export async function reportToXlsx(report: BudgetReport, meta: ExportMeta): Promise<Buffer> {
  const locale = meta.locale ?? 'th';
  const t = TEXT[locale];
  const table = buildTable(report, meta);
  const { cols } = table;
  const width = table.header.length;

  const wb = new ExcelJS.Workbook();
  wb.creator = 'OTOU';
  wb.title = `${t.sheet} ${meta.title}`;
  wb.created = meta.generatedAt;
  wb.modified = meta.generatedAt;

  const ws = wb.addWorksheet(t.sheet, {
    properties: { defaultRowHeight: 21 },
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
    headerFooter: { oddFooter: `&L${t.sheet}&R${t.footer}` },
  });

  const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: 14, ...extra });
  const banner = (rowNo: number, text: string, f: Partial<ExcelJS.Font>) => {
    ws.mergeCells(rowNo, 1, rowNo, width);
    const c = ws.getCell(rowNo, 1);
    c.value = text;
    c.font = font(f);
    c.alignment = { horizontal: 'center', vertical: 'middle' };
  };

  // Title, subtitle and a small line with the period, the report month and when the file was made (Buddhist Era,
  // Bangkok time).
  const months = periodMonths(meta.period);
  const first = months[0]!;
  const last = months[months.length - 1]!;
  const asOf = months[report.asOf - 1] ?? last;
  const periodText = `${monthHeading(first.year, first.month, locale)} – ${monthHeading(last.year, last.month, locale)}`;
  banner(1, meta.title, { size: 18, bold: true });
  banner(2, meta.subtitle, { size: 16, bold: true });
  banner(3, t.info(periodText, monthHeading(asOf.year, asOf.month, locale), formatDateTime(meta.generatedAt, locale)), { size: 12, italic: true, color: { argb: 'FF595959' } });
  ws.getRow(1).height = 27;
  ws.getRow(2).height = 24;

  const headerRowNo = 4;
  const head = ws.getRow(headerRowNo);
  head.height = 42;
  table.header.forEach((text, i) => {
    const c = head.getCell(i + 1);
    c.value = text;
    c.font = font({ bold: true });
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = BORDER;
    c.fill = fill('FFD9E1F2');
  });

  let rowNo = headerRowNo + 1;
  for (const tr of table.rows) {
    const row = ws.getRow(rowNo);
    const strong = tr.level !== 'leaf';
    tr.cells.forEach((value, i) => {
      const c = row.getCell(i + 1);
      if (value !== null) c.value = value;
      c.font = font({ bold: strong });
      c.border = BORDER;
      if (tr.level === 'total') c.fill = fill('FFF2F2F2');
      if (i === cols.percent) c.numFmt = PERCENT;
      else if (i === cols.budget || i === cols.remaining || (i >= cols.firstMonth && i <= cols.toDate)) c.numFmt = MONEY;
      if (i === cols.label) c.alignment = { vertical: 'middle', wrapText: true, indent: tr.level === 'leaf' ? 1 : 0 };
      else if (i === cols.kind) c.alignment = { horizontal: 'center', vertical: 'middle' };
      else if (i === cols.remark) c.alignment = { vertical: 'middle', wrapText: true };
      else c.alignment = { vertical: 'middle' };
    });
    // Label, budget and remaining belong to the line, not to one of its two rows: merged down over both, as printed.
    if (tr.kind === 'actual') {
      for (const col of [cols.label, cols.budget, cols.remaining]) ws.mergeCells(rowNo - 1, col + 1, rowNo, col + 1);
    }
    rowNo++;
  }

  // Not 9: exceljs takes a width of exactly 9 for its default and leaves it out of the file (Excel then uses 8.43).
  for (let i = 0; i < width; i++) {
    ws.getColumn(i + 1).width =
      i === cols.label ? 46 : i === cols.kind || i === cols.percent ? 10 : i === cols.remark ? 32 : i === cols.toDate ? 16 : i < cols.kind ? 15 : 12;
  }
  // The heading rows and the line's name, budget, remaining and kind stay in view while scrolling through months.
  ws.views = [{ state: 'frozen', xSplit: cols.kind + 1, ySplit: headerRowNo, topLeftCell: ws.getCell(headerRowNo + 1, cols.kind + 2).address }];
  ws.pageSetup.printTitlesRow = `${headerRowNo}:${headerRowNo}`;

  // exceljs types its result as its own `Buffer extends ArrayBuffer`; under Node it is a real Buffer.
  const out = await wb.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out);
}

// ---------------------------------------------------------------------------------------------------------------
// .csv

/**
 * One RFC 4180 field. Text that a spreadsheet would take for a formula (=, +, -, @ first) gets a leading apostrophe so
 * that a remark typed by a user can never run as a formula when the file is opened (CSV injection).
 */
function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The same table as the workbook's (header row, then a plan row and an actual row per line) as CSV: comma separated,
 * CRLF line ends, plain numbers (3483000, 89.17), UTF-8 with a byte order mark so that Excel reads the Thai correctly.
 */
export function reportToCsv(report: BudgetReport, meta: ExportMeta): string {
  const table = buildTable(report, meta);
  const lines = [table.header, ...table.rows.map((r) => r.cells)].map((cells) => cells.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// The download

export interface ExportFile {
  filename: string;
  mime: string;
  /** The file's bytes, base64: small enough (tens of kB) to travel in one API answer. */
  base64: string;
}

/** The report or roll-up as the ministry wants it, named after what it is and the month it runs to. */
export async function exportReport(a: Actor, input: InputOf<typeof exportInput>): Promise<ExportFile> {
  const t = input.target;
  const asked = { periodId: input.periodId, asOf: input.asOf };
  const data =
    t.level === 'tambon'
      ? await tambonReport(a, { tambonId: t.id, ...asked }).then((r) => ({
          report: r.report,
          period: r.period,
          title: `ตำบล${r.tambon.name_th} อำเภอ${r.tambon.district_th} จังหวัด${r.tambon.province_th}`,
          subtitle: r.tambon.university.name_th,
          file: `budget-${r.tambon.code}`,
        }))
      : await rollup(a, { target: t, ...asked }).then((r) => ({
          report: r.report,
          period: r.period,
          title: a.locale === 'en' ? r.title.name_en : r.title.name_th,
          subtitle: a.locale === 'en' ? 'Roll-up of approved reports' : 'รวมผลจากรายงานที่อนุมัติแล้ว',
          file: `budget-${t.level}`,
        }));
  const meta: ExportMeta = { title: data.title, subtitle: data.subtitle, period: data.period, locale: a.locale, generatedAt: a.now };
  const name = `${data.file}-${periodMonth(data.period, data.report.asOf).key}`;
  if (input.format === 'csv') return { filename: `${name}.csv`, mime: 'text/csv;charset=utf-8', base64: Buffer.from(reportToCsv(data.report, meta), 'utf8').toString('base64') };
  return { filename: `${name}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: (await reportToXlsx(data.report, meta)).toString('base64') };
}
