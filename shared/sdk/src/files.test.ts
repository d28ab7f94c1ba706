import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorMessage, fieldErrors } from './api.ts';
import { fetchFile, sendFile } from './files.ts';
import { moduleHarness } from './testing/harness.ts';

afterEach(() => vi.unstubAllGlobals());

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('sendFile', () => {
  it('posts the file and its fields as multipart beside the API, signed in and in the user\'s language', async () => {
    const fetch = vi.fn(async () => json(200, { id: 'f1' }));
    vi.stubGlobal('fetch', fetch);
    const h = moduleHarness({ locale: 'en' });
    const answer = await sendFile<{ id: string }>(h.context, '/api/assessment/evidence', { column: 'act1' }, new File(['%PDF-1.4'], 'หลักฐาน.pdf'));
    expect(answer).toEqual({ id: 'f1' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://platform.test/api/assessment/evidence');
    expect(init.headers).toEqual({ 'x-otou-lang': 'en', authorization: 'Bearer test-token' });
    const body = init.body as FormData;
    expect(body.get('column')).toBe('act1');
    expect((body.get('file') as File).name).toBe('หลักฐาน.pdf');
  });

  it('throws the route\'s refusal as the API\'s error, so the form names it at its field', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(400, { error: { code: -32600, message: 'ข้อมูลไม่ถูกต้อง', data: { code: 'BAD_REQUEST', httpStatus: 400, messageKey: 'error.validation', fieldErrors: { file: ['รับเฉพาะไฟล์ PDF'] } } } })));
    const e = await sendFile(moduleHarness().context, '/api/x', {}, new File(['x'], 'a.exe')).catch((err: unknown) => err);
    expect(fieldErrors(e)).toEqual({ file: ['รับเฉพาะไฟล์ PDF'] });
    expect(errorMessage(e, 'th')).toBe('ข้อมูลไม่ถูกต้อง');
  });

  it('says the server cannot be reached when no answer came', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const e = await sendFile(moduleHarness().context, '/api/x', {}, new File(['x'], 'a.pdf')).catch((err: unknown) => err);
    expect(errorMessage(e, 'th')).toBe('ติดต่อเซิร์ฟเวอร์ไม่ได้ กรุณาตรวจสอบการเชื่อมต่อ');
  });
});

describe('fetchFile', () => {
  it('downloads with the user\'s token and saves the bytes under the given name', async () => {
    const fetch = vi.fn(async () => new Response('bytes', { status: 200, headers: { 'content-type': 'application/pdf' } }));
    vi.stubGlobal('fetch', fetch);
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    await fetchFile(moduleHarness().context, '/api/assessment/evidence/f1', 'หลักฐาน.pdf');
    expect((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].headers).toMatchObject({ authorization: 'Bearer test-token' });
    expect(clicked).toEqual(['หลักฐาน.pdf']);
  });
});
