import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApi, errorMessage, fieldErrors } from './api.ts';

const api = () => createApi({ url: 'http://platform.test/trpc', getToken: () => 'tok', getLocale: () => 'th' });

function answer(status: number, body: unknown, type = 'application/json') {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': type } });
}
const trpcError = (httpStatus: number, code: string, message: string, messageKey: string | null, fields: Record<string, string[]> = {}) => [
  { error: { message, code: -32000, data: { code, httpStatus, messageKey, fieldErrors: fields } } },
];

async function failure(respond: () => Promise<Response>): Promise<unknown> {
  vi.stubGlobal('fetch', vi.fn(respond));
  try {
    await api().org.myScope.query();
  } catch (e) {
    return e;
  }
  throw new Error('the call did not fail');
}

afterEach(() => vi.unstubAllGlobals());

describe('errorMessage tells a user what happened', () => {
  it('no answer at all: cannot reach the server', async () => {
    const e = await failure(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(errorMessage(e, 'th')).toBe('ติดต่อเซิร์ฟเวอร์ไม่ได้ กรุณาตรวจสอบการเชื่อมต่อ');
    expect(errorMessage(e, 'en')).toBe('Cannot reach the server; check your connection');
  });

  it('the server failed (HTTP 500 from the API): the system had a problem, try again — not a network problem', async () => {
    const e = await failure(async () => answer(500, trpcError(500, 'INTERNAL_SERVER_ERROR', 'ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง', 'error.internal')));
    expect(errorMessage(e, 'en')).toBe('The system had a temporary problem; please try again');
  });

  it('a proxy in front of the server answered 502 with a page of its own: still the system, not the network', async () => {
    const e = await failure(async () => answer(502, '<html>Bad gateway</html>', 'text/html'));
    expect(errorMessage(e, 'th')).toBe('ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง');
  });

  it('keeps the server\'s translated message and its field errors', async () => {
    const e = await failure(async () =>
      answer(400, trpcError(400, 'BAD_REQUEST', 'ข้อมูลไม่ถูกต้อง กรุณาแก้ไขช่องที่แจ้งไว้', 'error.validation', { months: ['ช่วงโครงการต้องยาว 1 ถึง 36 เดือน'] })),
    );
    expect(errorMessage(e, 'th')).toBe('ข้อมูลไม่ถูกต้อง กรุณาแก้ไขช่องที่แจ้งไว้');
    expect(fieldErrors(e)).toEqual({ months: ['ช่วงโครงการต้องยาว 1 ถึง 36 เดือน'] });
  });
});
