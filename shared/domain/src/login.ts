/** An email address as the platform accepts one: something@somewhere.tld, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

export type LoginField = 'email' | 'password';

/** The sign-in form as the platform reads it: the email trimmed and in lower case. */
export const normaliseLogin = ({ email, password }: { email: string; password: string }) => ({ email: email.trim().toLowerCase(), password });

/**
 * What is wrong with a sign-in form before any round trip, as message keys per field (empty when nothing is).
 * The server's `loginInput` schema checks with this same rule, and the shell's form without loading zod.
 */
export function loginProblems(input: { email: string; password: string }): Partial<Record<LoginField, 'field.email.invalid' | 'field.password.required'>> {
  const { email, password } = normaliseLogin(input);
  return {
    ...(EMAIL.test(email) ? {} : { email: 'field.email.invalid' as const }),
    ...(password.length > 0 ? {} : { password: 'field.password.required' as const }),
  };
}
