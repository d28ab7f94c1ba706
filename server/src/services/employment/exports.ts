import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { RecordModel } from 'pocketbase';
import { cellText, dayBE, formatDateTime, positionsOfTambons, statusOn, WORKER_TYPE_LABELS, WORKER_TYPES } from '@otou/domain';
import type { Actor } from '../../context.ts';
import type { ExportFile } from '../budget/export.ts';
import { toContract } from './contracts.ts';
import { countsBy, periodPositions, resolveScope, scopeFilter, type Scope, type ScopeInput } from './dashboard.ts';
import { todayOf } from './scope.ts';

/**
 * The Ministry of Labour's two files (กระทรวงแรงงาน), as .xlsx with Thai headers. The deck names them but gives no
 * columns, so these are our choice, kept to what the ministry's forms for public-sector hiring ask:
 *
 * ตำแหน่งงานว่างภาครัฐ (open public-sector positions) — one row per tambon and worker type that has a position open:
 *   ลำดับ, เครือข่าย, หน่วยงาน (the university), จังหวัด, อำเภอ, ตำบล, รหัสตำบล, ประเภทผู้ถูกจ้างงาน, อัตราตามแผน,
 *   จ้างแล้ว, ตำแหน่งว่าง, อัตราค่าจ้าง (บาท/เดือน).
 * แบบติดตามการจ้างงานหน่วยงานภาครัฐ รัฐวิสาหกิจ และองค์การมหาชน (hiring tracking) — one row per contract:
 *   ลำดับ, หน่วยงาน, จังหวัด, อำเภอ, ตำบล, ชื่อ, นามสกุล, เลขประจำตัวประชาชน (masked: the file leaves the platform),
 *   ประเภทผู้ถูกจ้างงาน, หน่วยงานผู้ใช้, วันเริ่มจ้าง, วันสิ้นสุดสัญญา (Buddhist Era), อัตราค่าจ้าง (บาท/เดือน), สถานะ,
 *   วันที่แจ้งลาออก, วันทำงานวันสุดท้าย, เหตุผลการลาออก, จ้างแทน (whom a replacement replaces), ผู้มาแทน (who replaced).
 *
 * Every text cell goes through the domain's cellText (csvSafe.ts): a name typed as "=1+1" or "@x" is written as text,
 * never as a live formula. Counts and money are numeric cells.
 */

const FONT = 'TH Sarabun New';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF7F7F7F' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

export const OPEN_POSITIONS_TITLE = 'ตำแหน่งงานว่างภาครัฐ';
export const TRACKING_TITLE = 'แบบติดตามการจ้างงานหน่วยงานภาครัฐ รัฐวิสาหกิจ และองค์การมหาชน';

export const OPEN_POSITIONS_HEADER = ['ลำดับ', 'เครือข่าย', 'หน่วยงาน', 'จังหวัด', 'อำเภอ', 'ตำบล', 'รหัสตำบล', 'ประเภทผู้ถูกจ้างงาน', 'อัตราตามแผน', 'จ้างแล้ว', 'ตำแหน่งว่าง', 'อัตราค่าจ้าง (บาท/เดือน)'];
export const TRACKING_HEADER = [
  'ลำดับ',
  'หน่วยงาน',
  'จังหวัด',
  'อำเภอ',
  'ตำบล',
  'ชื่อ',
  'นามสกุล',
  'เลขประจำตัวประชาชน',
  'ประเภทผู้ถูกจ้างงาน',
  'หน่วยงานผู้ใช้',
  'วันเริ่มจ้าง',
  'วันสิ้นสุดสัญญา',
  'อัตราค่าจ้าง (บาท/เดือน)',
  'สถานะ',
  'วันที่แจ้งลาออก',
  'วันทำงานวันสุดท้าย',
  'เหตุผลการลาออก',
  'จ้างแทน',
  'ผู้มาแทน',
];

const STATUS_TH: Record<string, string> = { active: 'จ้างอยู่', resigned: 'ลาออก', ended: 'สิ้นสุดสัญญา' };

type Cell = string | number | null;

/**
 * A sheet: title, a line on what it covers, the header and the rows, boxed, the header kept in view — written by
 * exceljs's streaming writer, each batch of rows committed as it comes (the tracking file: a university's contracts at a
 * time), so a national file of 61,000 rows never holds the whole workbook in memory. The zip goes into a PassThrough
 * collected to one Buffer (the API answers the file as base64).
 */
export async function sheet(title: string, subtitle: string, header: string[], batches: Iterable<Cell[][]> | AsyncIterable<Cell[][]>, at: Date, widths: number[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'OTOU';
  wb.title = title;
  wb.created = at;
  wb.modified = at;
  const headRow = 3;
  const ws = wb.addWorksheet(title.slice(0, 31), {
    properties: { defaultRowHeight: 21 },
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headRow}:${headRow}` },
    views: [{ state: 'frozen', ySplit: headRow }],
  });
  ws.columns = widths.map((width) => ({ width }));
  const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({ name: FONT, size: 14, ...extra });
  for (const [i, [text, f]] of ([[title, { size: 18, bold: true }], [subtitle, { size: 12, italic: true, color: { argb: 'FF595959' } }]] as const).entries()) {
    ws.mergeCells(i + 1, 1, i + 1, header.length);
    const c = ws.getCell(i + 1, 1);
    c.value = cellText(text);
    c.font = font(f);
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
  const head = ws.getRow(headRow);
  head.height = 42;
  header.forEach((h, i) => {
    const c = head.getCell(i + 1);
    c.value = h;
    c.font = font({ bold: true });
    c.fill = HEAD_FILL;
    c.border = BOX;
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  head.commit();
  // One style object for every body cell: exceljs keeps a reference, not a copy.
  const body = font();
  const money = header.map((h) => h.includes('บาท'));
  let n = headRow;
  for await (const rows of batches) {
    for (const r of rows) {
      const row = ws.getRow(++n);
      r.forEach((v, i) => {
        const c = row.getCell(i + 1);
        // Text from people (names, reasons, agencies) and places alike: never a formula.
        if (v !== null) c.value = typeof v === 'number' ? v : cellText(v);
        c.font = body;
        c.border = BOX;
        if (typeof v === 'number' && money[i]) c.numFmt = '#,##0.00';
      });
      row.commit();
    }
  }
  ws.commit();
  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

interface TambonRow {
  id: string;
  code: string;
  name_th: string;
  district_th: string;
  province_th: string;
  university: string;
}

/** The scope's tambons (with their university and network names), in code order. */
async function tambonsOf(a: Actor, scope: Scope) {
  const pb = a.pb;
  const filter =
    scope.level === 'national' ? '' : scope.level === 'network' ? pb.filter('university.network = {:id}', { id: scope.networkId }) : scope.level === 'university' ? pb.filter('university = {:id}', { id: scope.universityId }) : pb.filter('id = {:id}', { id: scope.place!.id });
  const [tambons, universities, networks] = await Promise.all([
    pb.collection('tambons').getFullList({ filter, fields: 'id,code,name_th,district_th,province_th,university', sort: 'code', batch: 1000 }),
    pb.collection('universities').getFullList({ fields: 'id,name_th,network', batch: 1000 }),
    pb.collection('networks').getFullList({ fields: 'id,name_th', batch: 1000 }),
  ]);
  const uni = new Map(universities.map((u) => [u.id, u]));
  const net = new Map(networks.map((n) => [n.id, n['name_th'] as string]));
  return tambons.map((t) => {
    const u = uni.get(t['university']);
    return { row: t as unknown as TambonRow & RecordModel, university: (u?.['name_th'] as string) ?? '', network: net.get(u?.['network']) ?? '' };
  });
}

const scopeLine = (scope: Scope, at: Date) => `${scope.place ? scope.place.name_th : 'ทั่วประเทศ'} · ข้อมูล ณ ${formatDateTime(at, 'th')}`;
const fileName = (kind: string, scope: Scope) => `${kind}-${scope.place ? scope.place.code : 'national'}.xlsx`;

/**
 * ตำแหน่งงานว่างภาครัฐ: the scope's tambons × worker types with a position open. จ้างแล้ว is the views' contracts in
 * force today (a contract past its end or last working day leaves its position open).
 */
export async function exportOpenPositions(a: Actor, input: ScopeInput): Promise<ExportFile> {
  const scope = await resolveScope(a, input);
  const [positions, tambons, counts] = await Promise.all([
    periodPositions(a, input.periodId),
    tambonsOf(a, scope),
    countsBy(a.pb, 'tambon', scopeFilter(a.pb, scope), 'tambon', todayOf(a)),
  ]);
  const hired = new Map([...counts].map(([tambon, c]) => [tambon, c.active]));
  const rows: Cell[][] = [];
  for (const t of tambons) {
    const own = positions.own.get(t.row.id);
    const target = positionsOfTambons(1, positions.byDefault, own ? [own] : []);
    const rates = own ?? positions.byDefault;
    for (const type of WORKER_TYPES) {
      const done = hired.get(t.row.id)?.[type] ?? 0;
      const open = Math.max(0, target[type] - done);
      if (open === 0) continue;
      rows.push([rows.length + 1, t.network, t.university, t.row.province_th, t.row.district_th, t.row.name_th, t.row.code, WORKER_TYPE_LABELS[type].th, target[type], done, open, rates[type].rate]);
    }
  }
  const period = positions.period ? ` · ${positions.period.name_th}` : '';
  const buffer = await sheet(OPEN_POSITIONS_TITLE, `${scopeLine(scope, a.now)}${period}`, OPEN_POSITIONS_HEADER, [rows], a.now, [7, 28, 30, 16, 16, 16, 10, 16, 12, 10, 12, 16]);
  return { filename: fileName('mol-open-positions', scope), mime: XLSX, base64: buffer.toString('base64') };
}

/**
 * A scope's contracts a university at a time, each university's list whole (about 800 at national scale), four
 * fetched ahead while the one before is written: one list of 60,000 pages through ever deeper offsets, each sorted
 * again, takes minutes, and holding all 60,000 at once held the whole file in memory.
 */
async function* contractsByUniversity(a: Actor, scope: Scope): AsyncGenerator<RecordModel[]> {
  const pb = a.pb;
  if (scope.level === 'university' || scope.level === 'tambon') {
    yield await pb.collection('employment_contracts').getFullList({ filter: scopeFilter(pb, scope), batch: 1000 });
    return;
  }
  const universities = await pb.collection('universities').getFullList({ filter: scope.level === 'network' ? pb.filter('network = {:n}', { n: scope.networkId }) : '', fields: 'id', sort: 'code', batch: 1000 });
  const read = (i: number) => Promise.all(universities.slice(i, i + 4).map((u) => pb.collection('employment_contracts').getFullList({ filter: pb.filter('university = {:u}', { u: u.id }), batch: 1000 })));
  const ahead = (i: number) => {
    const p = read(i);
    p.catch(() => undefined); // awaited below; if the file stops first (a failed write), not an unhandled rejection
    return p;
  };
  let next = universities.length ? ahead(0) : null;
  for (let i = 0; next; i += 4) {
    const group = await next;
    next = i + 4 < universities.length ? ahead(i + 4) : null;
    yield* group;
  }
}

/**
 * แบบติดตามการจ้างงาน…: every contract of the scope, with resignations and who replaced whom — a university at a time
 * (ordered there by tambon, start and name), each written out before the next is read. A replacement is hired from
 * the same tambon's reserve, so whom a contract replaced and who replaced it are always in the same university.
 */
export async function exportTracking(a: Actor, input: ScopeInput): Promise<ExportFile> {
  const scope = await resolveScope(a, input);
  const pb = a.pb;
  const [tambons, agencies] = await Promise.all([
    tambonsOf(a, scope),
    // Agencies belong to a university, not a tambon.
    pb.collection('employment_agencies').getFullList({ filter: scope.level === 'tambon' ? pb.filter('university = {:u}', { u: scope.universityId }) : scopeFilter(pb, scope), fields: 'id,name_th', batch: 1000 }),
  ]);
  const tambon = new Map(tambons.map((t) => [t.row.id, t]));
  const order = new Map(tambons.map((t, i) => [t.row.id, i]));
  const agency = new Map(agencies.map((g) => [g.id, g['name_th'] as string]));
  const day = (v: string | null) => (v ? dayBE(v) : null);
  const today = todayOf(a);
  let n = 0;
  async function* rows(): AsyncGenerator<Cell[][]> {
    for await (const records of contractsByUniversity(a, scope)) {
      const list = records.map(toContract).sort((x, y) => (order.get(x.tambonId) ?? 0) - (order.get(y.tambonId) ?? 0) || x.start.localeCompare(y.start) || x.lastName.localeCompare(y.lastName, 'th'));
      const name = new Map(list.map((c) => [c.id, `${c.firstName} ${c.lastName}`]));
      const replacedBy = new Map(list.filter((c) => c.replaces).map((c) => [c.replaces!, c.id]));
      yield list.map((c) => {
        const t = tambon.get(c.tambonId);
        const successor = replacedBy.get(c.id);
        return [
          ++n,
          t?.university ?? '',
          t?.row.province_th ?? '',
          t?.row.district_th ?? '',
          t?.row.name_th ?? '',
          c.firstName,
          c.lastName,
          c.nationalIdMasked,
          WORKER_TYPE_LABELS[c.type]?.th ?? '',
          (c.agencyId && agency.get(c.agencyId)) || null,
          day(c.start),
          day(c.end),
          c.rate,
          // A contract past its end reads สิ้นสุดสัญญา (derived on the day; nothing writes 'ended').
          STATUS_TH[statusOn(c, today)] ?? c.status,
          day(c.noticeOn),
          day(c.lastWorkingDay),
          c.resignReason || null,
          c.replaces ? (name.get(c.replaces) ?? null) : null,
          successor ? (name.get(successor) ?? null) : null,
        ];
      });
    }
  }
  const buffer = await sheet(TRACKING_TITLE, scopeLine(scope, a.now), TRACKING_HEADER, rows(), a.now, [7, 30, 16, 16, 16, 16, 18, 20, 14, 24, 13, 13, 14, 12, 13, 13, 24, 22, 22]);
  return { filename: fileName('mol-hiring-tracking', scope), mime: XLSX, base64: buffer.toString('base64') };
}
