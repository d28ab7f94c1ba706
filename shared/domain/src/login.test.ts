import { describe, expect, it } from 'vitest';
import { loginProblems } from './login.ts';
import { loginInput } from './schemas.ts';

describe('the sign-in form check', () => {
  it('accepts a demo login typed with spaces and capitals', () => {
    expect(loginProblems({ email: '  Staff.CU@otou.demo ', password: 'x' })).toEqual({});
  });
  it('names each field that is wrong', () => {
    expect(loginProblems({ email: 'staff.cu', password: '' })).toEqual({ email: 'field.email.invalid', password: 'field.password.required' });
    expect(loginProblems({ email: 'a b@otou.demo', password: 'x' })).toEqual({ email: 'field.email.invalid' });
    expect(loginProblems({ email: 'a@otou', password: 'x' })).toEqual({ email: 'field.email.invalid' });
  });
  it('is the rule the server applies', () => {
    for (const email of ['staff.cu@otou.demo', ' A@B.CO ', 'staff.cu', 'a@b', '@otou.demo', 'a b@c.d']) {
      const server = loginInput.safeParse({ email, password: 'x' });
      expect(server.success, email).toBe(!loginProblems({ email, password: 'x' }).email);
    }
  });
});
