import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { TRPCError } from '@trpc/server';
import ExcelJS from 'exceljs';
import { EVIDENCE_MAX_BYTES } from '@otou/domain';
import { describeError } from '../src/errors.ts';
import { createPlatformServer, listen } from '../src/http.ts';
import { tambonId } from '../src/seed/demo.ts';
import { demoRoundId } from '../src/seed/assessmentDemo.ts';
import { formId } from '../src/services/assessment/ids.ts';
import { usePlatform } from './harness.ts';

/**
 * Evidence files of a tambon's form, end to end over the platform's HTTP server and a real PocketBase: uploaded as
 * multipart by the staff who may edit the form, listed and downloaded by whoever may read it, refused with a clear
 * message at the field when the file is wrong, and never written around the server.
 */
const p = usePlatform();
const BASELINE = demoRoundId('baseline');
const HUAI_HAENG = tambonId('190204'); // CU, no form yet in the demo
const THA_KHLO = tambonId('190205'); // CU, baseline approved in the demo
const NOW = new Date('2021-02-28T03:00:00Z'); // 28 Feb 2564, 10:00 in Bangkok: the baseline round is open
const AFTER = new Date('2021-05-01T03:00:00Z'); // the baseline round has closed

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde]);
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

const t: Record<string, string> = {};
let server: Server;
let base = '';

beforeAll(async () => {
  for (const [who, email] of [
    ['staff', 'staff.cu@otou.demo'],
    ['cmu', 'staff.cmu@otou.demo'],
    ['uc', 'network.uc@otou.demo'],
    ['un', 'network.un@otou.demo'],
    ['coordinator', 'coordinator.huaihaeng@otou.demo'],
  ] as const)
    t[who] = await p.login(email);
  server = createPlatformServer({ pbUrl: p.pb.url, superuser: p.pb.superuser, clock: () => NOW });
  base = `http://127.0.0.1:${await listen(server)}`;
});
afterAll(() => new Promise<void>((ok) => (server ? server.close(() => ok()) : ok())));

interface Answer {
  status: number;
  body: Record<string, unknown> & { error?: { message: string; data: { code: string; fieldErrors: Record<string, string[]> } } };
}

async function upload(token: string | null, file: { name: string; bytes: Uint8Array } | null, fields: Record<string, string> = {}, lang?: 'en'): Promise<Answer> {
  const form = new FormData();
  for (const [k, v] of Object.entries({ tambonId: HUAI_HAENG, roundId: BASELINE, column: 'covid', indicator: '10', ...fields })) form.append(k, v);
  if (file) form.append('file', new Blob([file.bytes]), file.name);
  const res = await fetch(`${base}/api/assessment/evidence`, { method: 'POST', body: form, headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(lang ? { 'x-otou-lang': lang } : {}) } });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}
const download = (token: string | null, url: string) => fetch(`${base}${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const stored = () => p.admin.collection('assessment_files').getFullList({ sort: 'created,@rowid' });
const events = () => p.admin.collection('assessment_events').getFullList({ filter: `record = "${formId(HUAI_HAENG, BASELINE)}"`, sort: 'created,@rowid' });
const err = async (promise: Promise<unknown>) => {
  const e = await promise.then(() => null, (x: unknown) => x);
  expect(e, 'the call should have been refused').toBeInstanceOf(TRPCError);
  return e as TRPCError;
};
const list = (who: string) => p.caller(t[who]!, 'th', NOW).assessment.files.list({ tambonId: HUAI_HAENG, roundId: BASELINE });

describe('evidence files of a tambon form', () => {
  let photo: { id: string; url: string };

  it('the university’s staff add a photo to a cell; it is listed, audited, and downloaded by whoever reads the form', async () => {
    const added = await upload(t['staff']!, { name: 'ภาพสำรวจ COVID.png', bytes: PNG });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({ column: 'covid', indicator: '10', name: 'ภาพสำรวจ COVID.png', size: PNG.length, type: 'image/png', by: { name: 'ปริญญา จุฬาฯ' }, at: NOW.toISOString() });
    photo = added.body as unknown as typeof photo;
    expect(photo.url).toBe(`/api/assessment/evidence/${photo.id}`);

    for (const who of ['staff', 'uc', 'coordinator']) expect((await list(who)).map((f) => [f.id, f.name, f.column, f.indicator]), who).toEqual([[photo.id, 'ภาพสำรวจ COVID.png', 'covid', '10']]);
    for (const who of ['cmu', 'un']) expect((await err(list(who))).code, who).toBe('NOT_FOUND');
    expect((await events()).map((e) => [e['kind'], e['action'], e['by_name'], (e['after'] as { name: string }).name])).toEqual([['form', 'file', 'ปริญญา จุฬาฯ', 'ภาพสำรวจ COVID.png']]);

    const got = await download(t['coordinator']!, photo.url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toMatch(/^image\/png/);
    expect(got.headers.get('content-disposition')).toBe(`attachment; filename="________ COVID.png"; filename*=UTF-8''${encodeURIComponent('ภาพสำรวจ COVID.png')}`);
    expect(new Uint8Array(await got.arrayBuffer())).toEqual(PNG);
    expect((await download(t['uc']!, photo.url)).status).toBe(200);
    // Out of scope it does not exist; without a session the answer says to sign in.
    for (const who of ['cmu', 'un']) expect((await download(t[who]!, photo.url)).status, who).toBe(404);
    const guest = await download(null, photo.url);
    expect(guest.status).toBe(401);
    expect(((await guest.json()) as Answer['body']).error?.message).toBe('กรุณาเข้าสู่ระบบก่อน');
    expect((await download(t['staff']!, '/api/assessment/evidence/nothing-here')).status).toBe(404);
  });

  it('straight against PocketBase: read by scope, the file itself only with a file token, and nobody writes around the server', async () => {
    const [record] = await stored();
    expect(await p.rest(t['cmu']!).collection('assessment_files').getFullList()).toEqual([]);
    expect((await p.rest(t['coordinator']!).collection('assessment_files').getFullList()).map((r) => r.id)).toEqual([record!.id]);
    // Protected: the plain address of the file answers nothing, even to someone who may read the record.
    expect((await fetch(`${p.pb.url}/api/files/assessment_files/${record!.id}/${record!['file']}`)).status).not.toBe(200);
    const own = p.rest(t['staff']!).collection('assessment_files');
    const form = new FormData();
    for (const [k, v] of Object.entries({ tambon: HUAI_HAENG, university: record!['university'], network: record!['network'], round: BASELINE, column: 'covid', indicator: '10', name: 'x.png', by: record!['by'] })) form.append(k, v);
    form.append('file', new Blob([PNG]), 'x.png');
    await expect(own.create(form)).rejects.toMatchObject({ status: expect.any(Number) });
    await expect(own.update(record!.id, { name: 'renamed.png' })).rejects.toMatchObject({ status: expect.any(Number) });
    await expect(own.delete(record!.id)).rejects.toMatchObject({ status: expect.any(Number) });
    expect((await stored()).map((r) => r['name'])).toEqual(['ภาพสำรวจ COVID.png']);
  });

  it('takes the five types by their content: a spreadsheet and a PDF are added like a photo', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('ครัวเรือน').addRow(['ครัวเรือน', 1250]);
    const xlsx = new Uint8Array(await book.xlsx.writeBuffer());
    expect((await upload(t['staff']!, { name: 'ข้อมูลครัวเรือน.xlsx', bytes: xlsx }, { column: 'data', indicator: '10' })).body).toMatchObject({ type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', size: xlsx.length });
    expect((await upload(t['staff']!, { name: 'รายงาน.pdf', bytes: PDF }, { indicator: '12' })).body).toMatchObject({ type: 'application/pdf', indicator: '12' });
    expect(await list('staff')).toHaveLength(3);
  });

  it('names what is wrong with a file at its field, in Thai by default, and writes nothing', async () => {
    const before = (await stored()).length;
    const eventsBefore = (await events()).length;
    const text = await upload(t['staff']!, { name: 'notes.pdf', bytes: new TextEncoder().encode('just text, not a PDF') });
    expect(text.status).toBe(400);
    expect(text.body.error?.data.fieldErrors['file']).toEqual(['รับเฉพาะไฟล์ PDF, JPEG, PNG, XLSX, DOCX (ชื่อไฟล์ต้องตรงกับชนิดไฟล์)']);
    const english = await upload(t['staff']!, { name: 'photo.pdf', bytes: PNG }, {}, 'en');
    expect(english.body.error?.data.fieldErrors['file']).toEqual(['Only PDF, JPEG, PNG, XLSX, DOCX files are accepted (the file name must match its type)']);
    const program = await upload(t['staff']!, { name: 'setup.exe', bytes: new TextEncoder().encode('MZ\u0090 a program') });
    expect(program.body.error?.data.fieldErrors['file']?.[0]).toContain('รับเฉพาะไฟล์');

    const huge = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    huge.set(PNG);
    const tooLarge = await upload(t['staff']!, { name: 'big.png', bytes: huge });
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.error?.data.fieldErrors['file']).toEqual(['ไฟล์ใหญ่เกิน 10 MB กรุณาย่อขนาดหรือแบ่งเป็นหลายไฟล์']);
    // Exactly 10 MB is taken.
    const justFits = new Uint8Array(EVIDENCE_MAX_BYTES);
    justFits.set(PNG);
    expect((await upload(t['staff']!, { name: 'just-fits.png', bytes: justFits }, { column: 'covid', indicator: '14' })).status).toBe(200);

    const column = await upload(t['staff']!, { name: 'a.png', bytes: PNG }, { column: 'act9' });
    expect([column.status, column.body.error?.data.fieldErrors['column']]).toEqual([400, ['ไม่มีคอลัมน์นี้ในแบบประเมิน กรุณาโหลดหน้าใหม่']]);
    const indicator = await upload(t['staff']!, { name: 'a.png', bytes: PNG }, { indicator: '1' });
    expect(indicator.body.error?.data.fieldErrors['indicator']).toEqual(['แนบหลักฐานได้เฉพาะตัวชี้วัดที่ 2–14']);
    const none = await upload(t['staff']!, null);
    expect(none.body.error?.data.fieldErrors['file']).toEqual(['กรุณาเลือกไฟล์หลักฐาน']);
    const empty = await upload(t['staff']!, { name: 'empty.png', bytes: new Uint8Array() });
    expect(empty.body.error?.data.fieldErrors['file']).toEqual(['ไฟล์นี้ว่างเปล่า กรุณาเลือกไฟล์หลักฐานที่มีเนื้อหา']);

    expect((await stored()).length).toBe(before + 1);
    expect((await events()).length).toBe(eventsBefore + 1);
  });

  it('refuses a body that announces more than the limit before reading it, and one that grows past it', async () => {
    const { request } = await import('node:http');
    const send = (headers: Record<string, string>, chunk: Buffer) =>
      new Promise<Answer>((ok, fail) => {
        const req = request(`${base}/api/assessment/evidence`, { method: 'POST', headers: { authorization: `Bearer ${t['staff']}`, 'content-type': 'multipart/form-data; boundary=x', ...headers } }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => {
            ok({ status: res.statusCode ?? 0, body: JSON.parse(text) as Answer['body'] });
            req.destroy();
          });
        });
        req.on('error', fail);
        // Announced: the answer comes before the rest of the body is sent. Chunked: sent until the server stops reading.
        req.write(chunk);
        if (!headers['content-length']) req.end();
      }).catch((e: unknown): Answer => ({ status: -1, body: { error: { message: String(e), data: { code: '', fieldErrors: {} } } } }));
    const announced = await send({ 'content-length': String(EVIDENCE_MAX_BYTES * 3) }, Buffer.from('--x\r\n'));
    expect([announced.status, announced.body.error?.data.fieldErrors['file']]).toEqual([413, ['ไฟล์ใหญ่เกิน 10 MB กรุณาย่อขนาดหรือแบ่งเป็นหลายไฟล์']]);
    const grown = await send({ 'transfer-encoding': 'chunked' }, Buffer.alloc(EVIDENCE_MAX_BYTES + 100 * 1024, 0x41));
    expect(grown.status).toBe(413);
    expect(await stored()).toHaveLength(4);
  });

  it('only staff of the tambon’s university may add a file, only while the form is a draft and the round open', async () => {
    for (const who of ['cmu', 'uc', 'coordinator']) expect((await upload(t[who]!, { name: 'a.png', bytes: PNG })).status, who).toBe(who === 'cmu' ? 404 : 403);
    expect((await upload(null, { name: 'a.png', bytes: PNG })).status).toBe(401);
    // ตำบลท่าคล้อ's baseline is approved: locked until its approver reopens it.
    const locked = await upload(t['staff']!, { name: 'a.png', bytes: PNG }, { tambonId: THA_KHLO });
    expect([locked.status, locked.body.error?.message]).toEqual([412, 'แบบประเมินนี้ส่งแล้ว แนบหรือลบไฟล์ไม่ได้ จนกว่าผู้อนุมัติจะเปิดให้แก้ไข']);
    const late = await err(p.caller(t['staff']!, 'th', AFTER).assessment.files.add({ tambonId: HUAI_HAENG, roundId: BASELINE, column: 'covid', indicator: '10', name: 'a.png', content: Buffer.from(PNG).toString('base64') }));
    expect(late.code).toBe('PRECONDITION_FAILED');
    expect(describeError(late, 'th').message).toContain('ปิดแล้ว');
    expect(await stored()).toHaveLength(4);
  });

  it('keeps at most ten files in a cell', async () => {
    for (let i = 0; i < 10; i++) expect((await upload(t['staff']!, { name: `p${i}.png`, bytes: PNG }, { indicator: '9' })).status).toBe(200);
    const eleventh = await upload(t['staff']!, { name: 'p10.png', bytes: PNG }, { indicator: '9' });
    expect([eleventh.status, eleventh.body.error?.data.fieldErrors['file']]).toEqual([400, ['ช่องนี้มีไฟล์หลักฐานครบ 10 ไฟล์แล้ว กรุณาลบไฟล์เดิมก่อนเพิ่ม']]);
  });

  it('keeps at most a hundred files on a form', async () => {
    const tambon = tambonId('190206');
    const [sample] = await stored();
    const batch = p.admin.createBatch();
    const cells = ['covid', 'data'].flatMap((column) => ['2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'].map((indicator) => ({ column, indicator })));
    for (let i = 0; i < 100; i++) {
      const { column, indicator } = cells[i % cells.length]!;
      batch.collection('assessment_files').create({ tambon, university: sample!['university'], network: sample!['network'], round: BASELINE, column, indicator, name: `f${i}.png`, size: PNG.length, by: sample!['by'], file: new File([PNG], `f${i}.png`) });
    }
    await batch.send();
    const full = await upload(t['staff']!, { name: 'one-more.png', bytes: PNG }, { tambonId: tambon, column: 'covid', indicator: '14' });
    expect([full.status, full.body.error?.data.fieldErrors['file']]).toEqual([400, ['แบบประเมินนี้มีไฟล์หลักฐานครบ 100 ไฟล์แล้ว กรุณาลบไฟล์ที่ไม่ใช้ก่อนเพิ่ม หรือใช้ลิงก์แทน']]);
    for (const r of await p.admin.collection('assessment_files').getFullList({ filter: `tambon = "${tambon}"`, fields: 'id' })) await p.admin.collection('assessment_files').delete(r.id);
  });

  it('the staff remove a file with an audit row; out of scope or locked they cannot', async () => {
    const call = (who: string, at = NOW) => p.caller(t[who]!, 'th', at).assessment.files;
    expect((await err(call('cmu').remove({ tambonId: HUAI_HAENG, roundId: BASELINE, id: photo.id }))).code).toBe('NOT_FOUND');
    expect((await err(call('uc').remove({ tambonId: HUAI_HAENG, roundId: BASELINE, id: photo.id }))).code).toBe('FORBIDDEN');
    expect((await err(call('staff', AFTER).remove({ tambonId: HUAI_HAENG, roundId: BASELINE, id: photo.id }))).code).toBe('PRECONDITION_FAILED');
    // Locked forms keep their files; a file of another tambon is not this form's to remove.
    expect((await err(call('staff').remove({ tambonId: THA_KHLO, roundId: BASELINE, id: photo.id }))).code).toBe('PRECONDITION_FAILED');
    expect(await call('staff').remove({ tambonId: tambonId('190206'), roundId: BASELINE, id: photo.id })).toEqual({ removed: false });
    expect(await call('staff').remove({ tambonId: HUAI_HAENG, roundId: BASELINE, id: photo.id })).toEqual({ removed: true });
    expect((await list('staff')).map((f) => f.id)).not.toContain(photo.id);
    expect((await download(t['staff']!, photo.url)).status).toBe(404);
    expect((await events()).at(-1)).toMatchObject({ action: 'fileRemoved', by_name: 'ปริญญา จุฬาฯ', before: { id: photo.id, name: 'ภาพสำรวจ COVID.png' } });
    expect(await call('staff').remove({ tambonId: HUAI_HAENG, roundId: BASELINE, id: photo.id })).toEqual({ removed: false });
  });
});

describe('evidence follows the form’s workflow', () => {
  it('once the form is submitted no file is added or removed, until the approver reopens it', async () => {
    const approver = await p.login('approver.cu@otou.demo');
    const form = p.caller(t['staff']!, 'th', NOW).assessment.form;
    const where = { tambonId: HUAI_HAENG, roundId: BASELINE };
    const current = await form.get(where);
    await form.save({ ...where, version: current.version, form: current.form, submit: true });
    const [kept] = await list('staff');

    const locked = await upload(t['staff']!, { name: 'late.png', bytes: PNG });
    expect([locked.status, locked.body.error?.data.code, locked.body.error?.message]).toEqual([412, 'PRECONDITION_FAILED', 'แบบประเมินนี้ส่งแล้ว แนบหรือลบไฟล์ไม่ได้ จนกว่าผู้อนุมัติจะเปิดให้แก้ไข']);
    expect((await err(p.caller(t['staff']!, 'th', NOW).assessment.files.remove({ ...where, id: kept!.id }))).code).toBe('PRECONDITION_FAILED');
    // Reading is unchanged: the approver sees and downloads the evidence of what they approve.
    expect((await download(approver, kept!.url)).status).toBe(200);

    await p.caller(approver, 'th', NOW).assessment.form.reopen({ ...where, reason: 'ขอหลักฐานเพิ่ม' });
    expect((await upload(t['staff']!, { name: 'more.png', bytes: PNG })).status).toBe(200);
  });
});
