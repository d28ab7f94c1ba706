import { describe, expect, it } from 'vitest';
import { errorText } from './errors.ts';

// What the tRPC client hands the shell for a refused sign-in: the message in the language of the request, and its key.
const refused = { message: 'อีเมลหรือรหัสผ่านไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่', data: { code: 'UNAUTHORIZED', messageKey: 'error.badCredentials' } };

describe('error text', () => {
  it('follows the language the user switched to after the error', () => {
    expect(errorText(refused, 'en')).toBe('Wrong email or password. Check them and try again');
    expect(errorText(refused, 'th')).toBe('อีเมลหรือรหัสผ่านไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่');
  });
  it('says "cannot reach the server" when nothing came back', () => {
    expect(errorText(new TypeError('Failed to fetch'), 'en')).toBe('Cannot reach the server; check your connection');
  });
});
