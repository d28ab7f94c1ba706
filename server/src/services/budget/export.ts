import ExcelJS from 'exceljs';
import { basisNote, csvFile, formatDateTime, monthHeading, periodMonth, placeName, reportTable, tambonHeading, translateBudget, type BudgetReport, type Locale, type Period } from '@otou/domain';
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
  const sheet = translateBudget(locale, 'budget.export.sheet');
  const table = reportTable(report, meta.period, locale);
  const { cols } = table;
  const width = table.header.length;

  const wb = new ExcelJS.Workbook();
  wb.creator = 'OTOU';
  wb.title = `${sheet} ${meta.title}`;
  wb.created = meta.generatedAt;
  wb.modified = meta.generatedAt;

  const ws = wb.addWorksheet(sheet, {
    properties: { defaultRowHeight: 21 },
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
    headerFooter: { oddFooter: `&L${sheet}&R${translateBudget(locale, 'budget.export.footer')}` },
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
  const months = table.months;
  const first = months[0]!;
  const last = months[months.length - 1]!;
  const asOf = months[report.asOf - 1] ?? last;
  const periodText = `${monthHeading(first.year, first.month, locale)} – ${monthHeading(last.year, last.month, locale)}`;
  const info = translateBudget(locale, 'budget.export.info', { period: periodText, asOf: monthHeading(asOf.year, asOf.month, locale), generated: formatDateTime(meta.generatedAt, locale) });
  banner(1, meta.title, { size: 18, bold: true });
  banner(2, meta.subtitle, { size: 16, bold: true });
  banner(3, info, { size: 12, italic: true, color: { argb: 'FF595959' } });
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
    tr.cells.forEach(({ value }, i) => {
      const c = row.getCell(i + 1);
      if (value !== null) c.value = value;
      // Spent more to date than planned to date: red, as on the screen.
      const over = tr.overPlan && (i === cols.toDate || i === cols.percent);
      c.font = font({ bold: strong || over, ...(over ? { color: { argb: 'FFB42318' } } : {}) });
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
 * The same table as the workbook's (header row, then a plan row and an actual row per line) as CSV: comma separated,
 * CRLF line ends, plain numbers (3483000, 89.17), UTF-8 with a BOM, remarks that would run as formulas neutralised —
 * the platform's one CSV rule (csvFile in @otou/domain), shared with every other export.
 */
export function reportToCsv(report: BudgetReport, meta: ExportMeta): string {
  const table = reportTable(report, meta.period, meta.locale ?? 'th');
  return csvFile([table.header, ...table.rows.map((r) => r.cells.map((c) => c.value))]);
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
  const asked = { periodId: input.periodId, asOf: input.asOf, basis: input.basis };
  const data =
    t.level === 'tambon'
      ? await tambonReport(a, { tambonId: t.id, ...asked }).then((r) => ({
          report: r.report,
          period: r.period,
          title: tambonHeading(r.tambon, a.locale),
          subtitle: `${placeName(r.tambon.university, a.locale)} · ${basisNote(r.basis, r.counted, r.period, a.locale)}`,
          file: `budget-${r.tambon.code}`,
        }))
      : await rollup(a, { target: t, ...asked }).then((r) => ({
          report: r.report,
          period: r.period,
          title: placeName(r.title, a.locale),
          subtitle: `${translateBudget(a.locale, 'budget.export.rollup')} · ${basisNote(r.basis, r.counted, r.period, a.locale)}`,
          file: `budget-${t.level}`,
        }));
  const meta: ExportMeta = { title: data.title, subtitle: data.subtitle, period: data.period, locale: a.locale, generatedAt: a.now };
  // The file's name says what it is too: a CSV has no room for the note on which months it counts.
  const name = `${data.file}-${periodMonth(data.period, data.report.asOf).key}${input.basis === 'provisional' ? '-provisional' : ''}`;
  if (input.format === 'csv') return { filename: `${name}.csv`, mime: 'text/csv;charset=utf-8', base64: Buffer.from(reportToCsv(data.report, meta), 'utf8').toString('base64') };
  return { filename: `${name}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: (await reportToXlsx(data.report, meta)).toString('base64') };
}
