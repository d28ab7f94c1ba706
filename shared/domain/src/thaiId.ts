/**
 * Thai national ID (เลขประจำตัวประชาชน): 13 digits, the last a check digit over the first twelve
 * weighted 13…2, as printed on the ID card. Dashes and spaces as people type them are accepted.
 */
export function normaliseThaiId(input: string): string {
  return input.replace(/[\s-]/g, '');
}

export type ThaiIdProblem = 'length' | 'digits' | 'checksum';

/** Why an ID is not a valid Thai national ID, or null when it is. */
export function thaiIdProblem(input: string): ThaiIdProblem | null {
  const id = normaliseThaiId(input);
  if (!/^\d*$/.test(id)) return 'digits';
  if (id.length !== 13) return 'length';
  return thaiIdCheckDigit(id.slice(0, 12)) === Number(id[12]) ? null : 'checksum';
}

export function isValidThaiId(input: string): boolean {
  return thaiIdProblem(input) === null;
}

/** The check digit for the first twelve digits of an ID. */
export function thaiIdCheckDigit(first12: string): number {
  if (!/^\d{12}$/.test(first12)) throw new Error('thaiIdCheckDigit needs exactly 12 digits');
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}
