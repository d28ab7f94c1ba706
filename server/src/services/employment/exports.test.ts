import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sheet, TRACKING_HEADER } from './exports.ts';

/**
 * The Ministry of Labour files are written as they are read: the national tracking file (61,000 contracts) is a
 * university's rows at a time, each batch committed into the zip before the next is read, so the whole workbook is
 * never held in memory (in memory it took ~1 GB and 27 s for 61,000 rows; streamed ~220 MB and 13 s).
 */
afterEach(() => vi.restoreAllMocks());

const row = (i: number) => [i + 1, 'มหาวิทยาลัยขอนแก่น', 'ขอนแก่น', 'เมืองขอนแก่น', 'ในเมือง', i === 7 ? '=1+1' : `สมชาย${i}`, 'ใจดี', 'x-xxxx-xxxxx-12-3', 'บัณฑิตจบใหม่', null, '1 ม.ค. 2564', '31 ธ.ค. 2564', 15000, 'จ้างอยู่', null, null, null, null, null];

describe('a Ministry of Labour sheet', () => {
  it('writes the file out while rows are still being read, and reads back whole: Thai header, every row, formulas as text', async () => {
    const written = vi.spyOn(PassThrough.prototype, 'write');
    const BATCHES = 8;
    const SIZE = 600;
    const writesBefore: number[] = [];
    async function* batches() {
      for (let b = 0; b < BATCHES; b++) {
        // Let the zip catch up, as reading the next university from PocketBase does.
        await new Promise((r) => setImmediate(r));
        writesBefore.push(written.mock.calls.length);
        yield Array.from({ length: SIZE }, (_, i) => row(b * SIZE + i));
      }
    }
    const buf = await sheet('แบบติดตาม', 'ทั่วประเทศ', TRACKING_HEADER, batches(), new Date('2026-12-06T05:00:00Z'), TRACKING_HEADER.map(() => 14));
    // Bytes of the file had left before the last university was read: the rows before it were not held back.
    expect(writesBefore[BATCHES - 1]).toBeGreaterThan(0);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(1, 1).value).toBe('แบบติดตาม');
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(TRACKING_HEADER);
    expect(ws.rowCount).toBe(3 + BATCHES * SIZE);
    expect(ws.getCell(4 + 7, 6).value).toBe("'=1+1");
    expect(ws.getCell(4 + 7, 6).formula).toBeUndefined();
    expect(ws.getCell(3 + BATCHES * SIZE, 1).value).toBe(BATCHES * SIZE);
    expect(ws.getCell(3 + BATCHES * SIZE, 13).numFmt).toBe('#,##0.00');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });
});
