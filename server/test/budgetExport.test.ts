import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { computeReport, deckLeafFigures, DECK_PERIOD, type BudgetReport } from '@otou/domain';
import { reportToCsv, reportToXlsx, type ExportMeta } from '../src/services/budget/export.ts';

// The deck's example: January and February 2564 reported, report month February.
const report = computeReport(deckLeafFigures(), 12, 2);

const meta: ExportMeta = {
  title: 'ตำบลห้วยแห้ง อำเภอแก่งคอย จังหวัดสระบุรี',
  subtitle: 'จุฬาลงกรณ์มหาวิทยาลัย',
  period: DECK_PERIOD,
  locale: 'th',
  // 20:00 UTC on 31 Dec 2026 is already 1 Jan 2027 03:00 in Bangkok: year 2570 BE.
  generatedAt: new Date('2026-12-31T20:00:00Z'),
};

const THAI_MONTHS = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const THAI_HEADER = ['โครงการ/กิจกรรม', 'งบทั้งหมด', 'คงเหลือ', 'แผน/ผล', ...THAI_MONTHS.map((m) => `${m} 2564`), 'รวมแผน/ผล ถึงเดือนรายงาน', '%', 'คำชี้แจง'];

/** A small RFC 4180 reader: quoted fields, doubled quotes, commas and line breaks inside quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') record.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field), records.push(record), (record = []), (field = ''), i++;
    } else field += ch;
  }
  if (field !== '' || record.length > 0) record.push(field), records.push(record);
  return records;
}

async function openXlsx(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  // exceljs types load()'s argument as its own `Buffer extends ArrayBuffer`, which a Node Buffer does not satisfy;
  // it hands the data to JSZip, which takes an ArrayBuffer as well.
  await wb.xlsx.load(new Uint8Array(buffer).buffer);
  return wb;
}

/** The sheet read the way an officer reads it: find the heading row, the columns by their heading, a line by its label. */
function sheetReader(ws: ExcelJS.Worksheet, labelHeading: string) {
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && row.getCell(1).value === labelHeading) headerRow = n;
  });
  if (!headerRow) throw new Error('no heading row');
  const headings: string[] = [];
  ws.getRow(headerRow).eachCell({ includeEmpty: false }, (c, col) => (headings[col - 1] = String(c.value)));
  const col = (heading: string) => {
    const i = headings.indexOf(heading);
    if (i < 0) throw new Error(`no column ${heading}`);
    return i + 1;
  };
  /** The line's first (plan) row number. */
  const lineRow = (label: string) => {
    for (let n = headerRow + 1; n <= ws.rowCount; n++) if (ws.getCell(n, 1).value === label && !isSlave(ws.getCell(n, 1))) return n;
    throw new Error(`no line ${label}`);
  };
  return { headerRow, headings, col, lineRow };
}

const isSlave = (c: ExcelJS.Cell) => c.isMerged && c.master.address !== c.address;

describe('reportToXlsx', () => {
  it('returns a Node Buffer holding a zip (xlsx) file', async () => {
    const buffer = await reportToXlsx(report, meta);
    expect(Buffer.isBuffer(buffer)).toBe(true);
    expect(buffer.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('has the ministry layout: title, subtitle, generation date in BE, Thai headings, frozen heading', async () => {
    const wb = await openXlsx(await reportToXlsx(report, meta));
    const ws = wb.getWorksheet('รายงานความก้าวหน้า');
    expect(ws).toBeDefined();
    const sheet = ws!;
    const { headerRow, headings } = sheetReader(sheet, 'โครงการ/กิจกรรม');

    expect(headings).toEqual(THAI_HEADER);
    expect(sheet.getCell('A1').value).toBe(meta.title);
    expect(sheet.getCell('A2').value).toBe(meta.subtitle);
    // Title and subtitle are merged across the whole table.
    const lastCol = THAI_HEADER.length;
    expect(sheet.getCell(1, lastCol).master.address).toBe('A1');
    expect(sheet.getCell(2, lastCol).master.address).toBe('A2');
    expect(sheet.getCell('A1').font?.bold).toBe(true);

    const info = String(sheet.getCell('A3').value);
    expect(info).toContain('1 ม.ค. 2570 03:00');
    expect(info).toContain('ม.ค. 2564 – ธ.ค. 2564');
    expect(info).toContain('ข้อมูลถึงเดือน ก.พ. 2564');

    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: headerRow });
    for (let c = 1; c <= lastCol; c++) expect(sheet.getColumn(c).width ?? 0).toBeGreaterThanOrEqual(10);
    expect(sheet.getColumn(1).width ?? 0).toBeGreaterThan(30);
  });

  it('prints the deck figures as numeric cells in the right places', async () => {
    const wb = await openXlsx(await reportToXlsx(report, meta));
    const ws = wb.getWorksheet('รายงานความก้าวหน้า')!;
    const { col, lineRow } = sheetReader(ws, 'โครงการ/กิจกรรม');
    const num = (row: number, heading: string) => {
      const v = ws.getCell(row, col(heading)).value;
      expect(typeof v, `${heading} in row ${row}`).toBe('number');
      return v;
    };

    const total = lineRow('รวมทั้งสิ้น');
    const totalActual = total + 1;
    expect(ws.getCell(total, col('แผน/ผล')).value).toBe('แผน');
    expect(ws.getCell(totalActual, col('แผน/ผล')).value).toBe('ผล');
    expect(num(total, 'งบทั้งหมด')).toBe(3_483_000);
    expect(num(total, 'คงเหลือ')).toBe(2_976_500);
    expect(num(total, 'ม.ค. 2564')).toBe(284_000);
    expect(num(totalActual, 'ม.ค. 2564')).toBe(280_000);
    expect(num(totalActual, 'ก.พ. 2564')).toBe(226_500);
    expect(num(total, 'รวมแผน/ผล ถึงเดือนรายงาน')).toBe(568_000);
    expect(num(totalActual, 'รวมแผน/ผล ถึงเดือนรายงาน')).toBe(506_500);
    expect(num(total, '%')).toBe(100);
    expect(num(totalActual, '%')).toBe(89.17);

    // Nothing reported for March: an empty cell, not a zero.
    const march = ws.getCell(totalActual, col('มี.ค. 2564'));
    expect(march.value).toBeNull();
    expect(march.type).toBe(ExcelJS.ValueType.Null);
    // March is planned though.
    expect(num(total, 'มี.ค. 2564')).toBe(284_000);

    // Budget and remaining belong to the first of the line's two rows; the second is merged into it.
    expect(ws.getCell(totalActual, col('งบทั้งหมด')).master.address).toBe(ws.getCell(total, col('งบทั้งหมด')).address);
    expect(ws.getCell(totalActual, col('คงเหลือ')).master.address).toBe(ws.getCell(total, col('คงเหลือ')).address);

    const l21 = lineRow('2.1 การพัฒนาสัมมาชีพและสร้างอาชีพใหม่');
    expect(num(l21, 'งบทั้งหมด')).toBe(320_000);
    expect(num(l21 + 1, 'รวมแผน/ผล ถึงเดือนรายงาน')).toBe(35_500);
    expect(num(l21 + 1, '%')).toBe(55.47); // 55.46875, as the deck prints it

    const employment = lineRow('1 การจ้างงาน');
    expect(num(employment + 1, '%')).toBe(96.59);

    // A line with nothing planned to date (2.4 is planned for September) shows no percentage at all.
    const l24 = lineRow('2.4 การส่งเสริมด้านสิ่งแวดล้อม/Circular Economy');
    expect(ws.getCell(l24, col('%')).value).toBeNull();
    expect(ws.getCell(l24 + 1, col('%')).value).toBeNull();

    // Formats: money with thousands separators and two decimals, the percentage with two decimals.
    expect(ws.getCell(total, col('งบทั้งหมด')).numFmt).toBe('#,##0.00');
    expect(ws.getCell(totalActual, col('ม.ค. 2564')).numFmt).toBe('#,##0.00');
    expect(ws.getCell(totalActual, col('%')).numFmt).toBe('0.00');

    // Total and groups bold, leaves not.
    expect(ws.getCell(total, 1).font?.bold).toBe(true);
    expect(ws.getCell(employment, col('งบทั้งหมด')).font?.bold).toBe(true);
    expect(ws.getCell(l21, 1).font?.bold).toBeFalsy();
    expect(ws.getCell(total, 1).font?.name).toBe('TH Sarabun New');

    // Every line is there, in the deck's order, two rows each.
    const labels: string[] = [];
    for (let n = total; n <= ws.rowCount; n += 2) labels.push(String(ws.getCell(n, 1).value).split(' ')[0]!);
    expect(labels).toEqual(['รวมทั้งสิ้น', '1', '1.1', '1.2', '1.3', '2', '2.1', '2.2', '2.3', '2.4', '2.5', '3', '3.1']);
  });

  it('uses English headings, labels and sheet name when asked', async () => {
    const wb = await openXlsx(await reportToXlsx(report, { ...meta, locale: 'en' }));
    expect(wb.getWorksheet('รายงานความก้าวหน้า')).toBeUndefined();
    const ws = wb.getWorksheet('Progress report')!;
    expect(ws).toBeDefined();
    const { headings, col, lineRow } = sheetReader(ws, 'Project/activity');
    expect(headings.slice(0, 5)).toEqual(['Project/activity', 'Total budget', 'Remaining', 'Plan/Actual', 'Jan 2564']);
    expect(headings.at(-1)).toBe('Remarks');
    expect(headings.slice(-3, -1)).toEqual(['Plan/actual to date', '%']);
    expect(headings[4 + 11]).toBe('Dec 2564');
    const total = lineRow('Total');
    expect(ws.getCell(total, col('Plan/Actual')).value).toBe('Plan');
    expect(ws.getCell(total + 1, col('Plan/Actual')).value).toBe('Actual');
    expect(ws.getCell(total + 1, col('%')).value).toBe(89.17);
    expect(ws.getCell(lineRow('2.1 Livelihoods and new occupations') + 1, col('Plan/actual to date')).value).toBe(35_500);
    expect(String(ws.getCell('A3').value)).toContain('2570 BE');
  });

  it('holds exactly the CSV table', async () => {
    const ws = (await openXlsx(await reportToXlsx(report, meta))).getWorksheet('รายงานความก้าวหน้า')!;
    const { headerRow } = sheetReader(ws, 'โครงการ/กิจกรรม');
    const csv = parseCsv(reportToCsv(report, meta).slice(1));
    expect(ws.rowCount - headerRow + 1).toBe(csv.length);
    csv.forEach((record, i) => {
      record.forEach((field, j) => {
        const cell = ws.getCell(headerRow + i, j + 1);
        const v = isSlave(cell) || cell.value === null ? '' : cell.value;
        expect(typeof v === 'number' ? String(v) : v, `row ${i} col ${j}`).toBe(field);
      });
    });
  });
});

describe('reportToCsv', () => {
  it('starts with a BOM, ends lines with CRLF and has the same header as the sheet', () => {
    const text = reportToCsv(report, meta);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const records = parseCsv(text.slice(1));
    expect(records[0]).toEqual(THAI_HEADER);
    expect(records).toHaveLength(1 + 2 * report.rows.length);
    for (const r of records) expect(r).toHaveLength(THAI_HEADER.length);
  });

  it('carries the deck figures as plain numbers', () => {
    const records = parseCsv(reportToCsv(report, meta).slice(1));
    const header = records[0]!;
    const col = (h: string) => header.indexOf(h);
    const line = (label: string) => records.findIndex((r) => r[0] === label);

    const t = line('รวมทั้งสิ้น');
    const plan = records[t]!;
    const actual = records[t + 1]!;
    expect(plan[col('แผน/ผล')]).toBe('แผน');
    expect(actual[col('แผน/ผล')]).toBe('ผล');
    expect(plan[col('งบทั้งหมด')]).toBe('3483000');
    expect(plan[col('คงเหลือ')]).toBe('2976500');
    expect(actual[col('งบทั้งหมด')]).toBe('');
    expect(plan[col('ม.ค. 2564')]).toBe('284000');
    expect(actual[col('ม.ค. 2564')]).toBe('280000');
    expect(actual[col('ก.พ. 2564')]).toBe('226500');
    expect(actual[col('มี.ค. 2564')]).toBe('');
    expect(plan[col('รวมแผน/ผล ถึงเดือนรายงาน')]).toBe('568000');
    expect(actual[col('รวมแผน/ผล ถึงเดือนรายงาน')]).toBe('506500');
    expect(plan[col('%')]).toBe('100');
    expect(actual[col('%')]).toBe('89.17');

    const l21 = line('2.1 การพัฒนาสัมมาชีพและสร้างอาชีพใหม่');
    expect(records[l21 + 1]![col('รวมแผน/ผล ถึงเดือนรายงาน')]).toBe('35500');
    expect(records[l21 + 1]![col('%')]).toBe('55.47');
    expect(records[line('1 การจ้างงาน') + 1]![col('%')]).toBe('96.59');
  });

  it('quotes remarks with commas, quotes and line breaks, and defuses formulas', () => {
    const leaves = deckLeafFigures().map((l) =>
      l.code === '2.1' ? { ...l, remark: '"ทดสอบ, มี comma"' } : l.code === '2.2' ? { ...l, remark: 'บรรทัดแรก\r\nบรรทัดสอง' } : l.code === '3.1' ? { ...l, remark: '=HYPERLINK("x")' } : l,
    );
    const withRemarks: BudgetReport = computeReport(leaves, 12, 2);
    const text = reportToCsv(withRemarks, meta);
    expect(text).toContain(',"""ทดสอบ, มี comma"""\r\n');

    const records = parseCsv(text.slice(1));
    expect(records).toHaveLength(1 + 2 * withRemarks.rows.length);
    const remark = records[0]!.indexOf('คำชี้แจง');
    const line = (code: string) => records.findIndex((r) => r[0]!.startsWith(`${code} `));
    expect(records[line('2.1') + 1]![remark]).toBe('"ทดสอบ, มี comma"');
    expect(records[line('2.2') + 1]![remark]).toBe('บรรทัดแรก\r\nบรรทัดสอง');
    expect(records[line('3.1') + 1]![remark]).toBe(`'=HYPERLINK("x")`);
    for (const r of records) expect(r).toHaveLength(records[0]!.length);
  });

  it('uses English headings when asked', () => {
    const records = parseCsv(reportToCsv(report, { ...meta, locale: 'en' }).slice(1));
    expect(records[0]!.slice(0, 5)).toEqual(['Project/activity', 'Total budget', 'Remaining', 'Plan/Actual', 'Jan 2564']);
    expect(records[1]!.slice(0, 4)).toEqual(['Total', '3483000', '2976500', 'Plan']);
    expect(records[2]![3]).toBe('Actual');
  });
});
