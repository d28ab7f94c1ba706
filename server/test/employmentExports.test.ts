import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import type { RecordModel } from 'pocketbase';
import { dayBE, thaiDayOf, translateEmployment, WORKER_TYPE_LABELS, WORKER_TYPES, type WorkerType } from '@otou/domain';
import { createPlatformServer, listen } from '../src/http.ts';
import { upsertEach, type Upsert } from '../src/seed/batch.ts';
import { tambonId, universityId, userId } from '../src/seed/demo.ts';
import { tambonEmploymentWrites, type SeedTambon } from '../src/seed/nationalEmployment.ts';
import { OPEN_POSITIONS_HEADER, OPEN_POSITIONS_TITLE, TRACKING_HEADER, TRACKING_TITLE } from '../src/services/employment/exports.ts';
import { hire, refusal } from './employmentFixtures.ts';
import { usePlatform } from './harness.ts';

/**
 * The Ministry of Labour's two files and the certificate of service, against a real PocketBase. ตำบลหินซ้อน (190206,
 * Chulalongkorn) hires its year January–December 2564 through the national seed's generator (a resignation replaced
 * from the reserve, another leaving a vacancy), and one worker whose name was typed as a formula.
 */
const p = usePlatform();
const t: Record<string, string> = {};
/** 15 January 2565: the year of 2564 is served and its reports accepted. */
const NEXT_YEAR = new Date('2022-01-15T03:00:00Z');
const call = (who: string, now = NEXT_YEAR) => p.caller(t[who]!, 'th', now);
let writes: Upsert[];
let formulaContract: string;
let server: Server;
let base: string;

const contractsOf = (ws: Upsert[]) => ws.filter((w) => w.collection === 'employment_contracts').map((w) => w.body);

async function sheetOf(file: { base64: string }): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
  return wb.worksheets[0]!;
}
const rowValues = (ws: ExcelJS.Worksheet, n: number) => (ws.getRow(n).values as unknown[]).slice(1);

beforeAll(async () => {
  for (const [who, email] of [
    ['staffCu', 'staff.cu@otou.demo'],
    ['staffCmu', 'staff.cmu@otou.demo'],
    ['central', 'central@otou.demo'],
    ['networkUc', 'network.uc@otou.demo'],
    ['worker', 'worker.huaihaeng@otou.demo'],
  ] as const)
    t[who] = await p.login(email);
  const tambon = await p.admin.collection('tambons').getOne(tambonId('190206'), { expand: 'university' });
  const place: SeedTambon = { id: tambon.id, code: '190206', university: tambon['university'], network: (tambon.expand!['university'] as RecordModel)['network'] };
  // A generated year with a resignation replaced from the reserve and one left vacant.
  for (let i = 0; ; i++) {
    const ws = [...tambonEmploymentWrites(place, 3000 + i, userId('staff.cu@otou.demo'))];
    const cs = contractsOf(ws);
    const replaced = cs.some((c) => c['replaces']);
    const vacant = cs.some((c) => c['status'] === 'resigned' && !cs.some((r) => r['replaces'] === c['id']));
    if (replaced && vacant) {
      writes = ws;
      break;
    }
  }
  await upsertEach(p.admin, writes, { parallel: 1 });
  formulaContract = (await hire(p, '190206', { type: 'student', start: '2021-12-01', end: '2021-12-31', rate: 5_000, name: '=1+1 @ผู้ทดสอบ' })).contractId;
  server = createPlatformServer({ pbUrl: p.pb.url, superuser: p.pb.superuser, clock: () => NEXT_YEAR });
  base = `http://127.0.0.1:${await listen(server)}`;
}, 120_000);

afterAll(() => new Promise<void>((ok) => (server ? server.close(() => ok()) : ok())));

describe('แบบติดตามการจ้างงาน (hiring tracking)', () => {
  it('has Thai headers and one row per contract of the scope, days in the Buddhist Era, resignations and who replaced whom', async () => {
    const file = await call('staffCu').employment.export.tracking({ tambonId: tambonId('190206') });
    expect(file.filename).toBe('mol-hiring-tracking-190206.xlsx');
    const ws = await sheetOf(file);
    expect(ws.getCell(1, 1).value).toBe(TRACKING_TITLE);
    expect(rowValues(ws, 3)).toEqual(TRACKING_HEADER);
    const stored = await p.admin.collection('employment_contracts').getFullList({ filter: `tambon = "${tambonId('190206')}"` });
    const rows = Array.from({ length: ws.rowCount - 3 }, (_, i) => rowValues(ws, i + 4));
    expect(rows.length).toBe(stored.length);
    const col = (h: string) => TRACKING_HEADER.indexOf(h);
    for (const c of stored) {
      const row = rows.find((r) => r[col('ชื่อ')] === (c['first_name'] === '=1+1' ? "'=1+1" : c['first_name']) && r[col('วันเริ่มจ้าง')] === dayBE(c['start']) && r[col('นามสกุล')] !== undefined && String(r[col('นามสกุล')]).endsWith(c['last_name']));
      expect(row, c.id).toBeDefined();
      expect(row![col('ประเภทผู้ถูกจ้างงาน')]).toBe(WORKER_TYPE_LABELS[c['type'] as WorkerType].th);
      expect(row![col('วันสิ้นสุดสัญญา')]).toBe(dayBE(c['end']));
      expect(row![col('อัตราค่าจ้าง (บาท/เดือน)')]).toBe(c['rate_satang'] / 100);
      expect(row![col('เลขประจำตัวประชาชน')]).toBe(c['national_id_masked']);
    }
    const resigned = contractsOf(writes).find((c) => c['replaces'])!;
    const old = contractsOf(writes).find((c) => c['id'] === resigned['replaces'])!;
    const oldRow = rows.find((r) => r[col('วันทำงานวันสุดท้าย')] === dayBE(String(old['last_working_day'])) && r[col('ชื่อ')] === old['first_name'])!;
    expect(oldRow[col('สถานะ')]).toBe('ลาออก');
    expect(oldRow[col('ผู้มาแทน')]).toBe(`${resigned['first_name']} ${resigned['last_name']}`);
    const newRow = rows.find((r) => r[col('วันเริ่มจ้าง')] === dayBE(String(resigned['start'])) && r[col('ชื่อ')] === resigned['first_name'])!;
    expect(newRow[col('จ้างแทน')]).toBe(`${old['first_name']} ${old['last_name']}`);
    // The generator hires in 2021: the replacement's contract has ended, and the file says so although nothing stored 'ended'.
    expect(String(resigned['end']) < thaiDayOf(new Date())).toBe(true);
    expect(resigned['status']).toBe('active');
    expect(newRow[col('สถานะ')]).toBe('สิ้นสุดสัญญา');
  });

  it('writes a name typed as a formula as text, never as a live formula', async () => {
    const ws = await sheetOf(await call('staffCu').employment.export.tracking({ tambonId: tambonId('190206') }));
    const cells: ExcelJS.Cell[] = [];
    ws.eachRow((row) => row.eachCell((c) => cells.push(c)));
    expect(cells.some((c) => c.type === ExcelJS.ValueType.Formula)).toBe(false);
    const first = cells.find((c) => typeof c.value === 'string' && c.value.includes('=1+1'))!;
    expect(first.value).toBe("'=1+1");
    expect(cells.find((c) => typeof c.value === 'string' && c.value.includes('@ผู้ทดสอบ'))!.value).toBe("'@ผู้ทดสอบ");
  });
});

describe('ตำแหน่งงานว่างภาครัฐ (open positions)', () => {
  it("lists each tambon's open positions by worker type, as the dashboard counts them", async () => {
    const file = await call('central').employment.export.openPositions({ universityId: universityId('CU') });
    const ws = await sheetOf(file);
    expect(ws.getCell(1, 1).value).toBe(OPEN_POSITIONS_TITLE);
    expect(rowValues(ws, 3)).toEqual(OPEN_POSITIONS_HEADER);
    const rows = Array.from({ length: ws.rowCount - 3 }, (_, i) => rowValues(ws, i + 4));
    const col = (h: string) => OPEN_POSITIONS_HEADER.indexOf(h);
    const board = await call('central').employment.dashboard.summary({ universityId: universityId('CU') });
    const expected = board.rows.items.flatMap((r) => WORKER_TYPES.filter((ty) => r.byType[ty].open > 0).map((ty) => [r.code, WORKER_TYPE_LABELS[ty].th, r.byType[ty].target, r.byType[ty].hired, r.byType[ty].open]));
    expect(rows.map((r) => [r[col('รหัสตำบล')], r[col('ประเภทผู้ถูกจ้างงาน')], r[col('อัตราตามแผน')], r[col('จ้างแล้ว')], r[col('ตำแหน่งว่าง')]])).toEqual(expected);
    // Hin Son's vacancy is there.
    expect(rows.some((r) => r[col('รหัสตำบล')] === '190206')).toBe(true);
  });

  it('is refused outside the caller’s scope and to workers', async () => {
    expect((await refusal(call('staffCmu').employment.export.openPositions({ universityId: universityId('CU') }))).code).toBe('FORBIDDEN');
    expect((await refusal(call('networkUc').employment.export.tracking({ universityId: universityId('CMU') }))).code).toBe('FORBIDDEN');
    expect((await refusal(call('worker').employment.export.tracking({}))).code).toBe('FORBIDDEN');
  });
});

describe('the certificate of service as a PDF', () => {
  const get = (id: string, token: string | null, lang = 'th') => fetch(`${base}/api/employment/certificate/${id}.pdf`, { headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'x-otou-lang': lang } });
  const served = () => contractsOf(writes).find((c) => c['status'] === 'active' && c['start'] === '2021-01-01')!;

  /** The text a PDF's fonts can be read back as: every Unicode character their ToUnicode maps name. */
  async function mappedText(bytes: Uint8Array): Promise<{ fonts: string[]; chars: Set<string> }> {
    const doc = await PDFDocument.load(bytes);
    const fonts: string[] = [];
    const chars = new Set<string>();
    for (const [, obj] of doc.context.enumerateIndirectObjects()) {
      if (obj instanceof PDFRawStream) {
        const text = Buffer.from(decodePDFRawStream(obj).decode()).toString('latin1');
        if (text.includes('begincmap')) for (const m of text.matchAll(/<[0-9A-F]+>\s*<([0-9A-F]{4})>/gi)) chars.add(String.fromCodePoint(parseInt(m[1]!, 16)));
      } else if ('get' in obj && typeof obj.get === 'function') {
        const name = (obj as { get(n: PDFName): unknown }).get(PDFName.of('FontName'));
        if (name) fonts.push(String(name));
      }
    }
    return { fonts, chars };
  }

  it('is a one-page Thai PDF in Sarabun, downloaded with the staff member’s token', async () => {
    const res = await get(served()['id'] as string, t['staffCu']!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('หนังสือรับรองการปฏิบัติงาน')}`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe(`หนังสือรับรองการปฏิบัติงาน ${served()['first_name']} ${served()['last_name']}`);
    const { fonts, chars } = await mappedText(bytes);
    expect(fonts.some((f) => f.includes('Sarabun'))).toBe(true);
    // The page's words can be read back: their Thai letters are mapped, as are the BE year's digits.
    for (const ch of 'หนังสือรับรองการปฏิบัติงาน2564') expect(chars.has(ch), ch).toBe(true);
  });

  it('is refused with 409 and what is missing, in the caller’s language, before six months are served', async () => {
    const status = await call('staffCu').employment.certificate.status({ contractId: formulaContract });
    expect(status.eligible).toBe(false);
    const th = await get(formulaContract, t['staffCu']!);
    expect(th.status).toBe(409);
    const body = (await th.json()) as { error: { message: string; data: { code: string; fieldErrors: Record<string, string[]> } } };
    expect(body.error.data.code).toBe('CONFLICT');
    expect(body.error.message.startsWith('ยังออกหนังสือรับรองการปฏิบัติงานไม่ได้: ')).toBe(true);
    expect(body.error.data.fieldErrors['missing']).toEqual(status.missing);
    const en = (await (await get(formulaContract, t['staffCu']!, 'en')).json()) as { error: { message: string } };
    expect(en.error.message).toContain(translateEmployment('en', 'employment.certificate.notEligible', { missing: '' }).trim());
  });

  it('is for the worker it names and whoever accepts their reports: others are refused', async () => {
    const id = served()['id'] as string;
    expect((await get(id, null)).status).toBe(401);
    expect((await get(id, t['networkUc']!)).status).toBe(403);
    // Another university's staff cannot read the contract at all.
    expect((await get(id, t['staffCmu']!)).status).toBe(404);
    expect((await get(id, t['worker']!)).status).toBe(404);
    expect((await get('nosuchcontract1', t['staffCu']!)).status).toBe(404);
  });
});
