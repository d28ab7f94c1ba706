import type { InputProblem } from './kitMessages.ts';

/** Limits an amount field may set; money is kept to the satang (2 decimals). */
export interface AmountBounds {
  min?: number;
  max?: number;
  /** Empty is an answer ("not reported") unless the field requires a figure. */
  required?: boolean;
}

export type AmountInput = { ok: true; value: number | null } | { ok: false; problem: InputProblem };

const THAI_DIGITS = /[๐-๙]/g;

/** Thai digits (๐–๙) as the Western ones every parser reads, and the ends trimmed: what a person typed, ready to read. */
export function westernDigits(text: string): string {
  return text.trim().replace(THAI_DIGITS, (d) => String(d.charCodeAt(0) - 0x0e50));
}
/** Grouped by thousands ("45,000.50") or not grouped at all ("45000.50"); never a partly grouped "4,5000". */
const PLAIN = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Reads an amount as people type it: "45,000", "45000.50", " 1 200 ", "฿5,500", Thai digits "๔๕,๐๐๐".
 * What JavaScript's Number() would also take but no one means as money ("1e3", "0x10", "Infinity", "12abc") is
 * refused with a message that names the fix. Empty means not given.
 */
export function parseAmountInput(text: string, bounds: AmountBounds = {}): AmountInput {
  const cleaned = westernDigits(text)
    .replace(/[\s\u00a0\u2009\u202f฿]/g, '')
    .replace(/บาท$/, '');
  if (cleaned === '') return bounds.required ? { ok: false, problem: { key: 'input.amount.required' } } : { ok: true, value: null };
  if (!PLAIN.test(cleaned)) {
    if (/^-?\d+(?:\.\d+)?e[+-]?\d+$/i.test(cleaned)) return { ok: false, problem: { key: 'input.amount.scientific' } };
    if (/^-?0x[0-9a-f]+$/i.test(cleaned)) return { ok: false, problem: { key: 'input.amount.hex' } };
    return { ok: false, problem: { key: 'input.amount.notANumber' } };
  }
  const [, decimals = ''] = cleaned.split('.');
  if (decimals.length > 2) return { ok: false, problem: { key: 'input.amount.decimals' } };
  const value = Number(cleaned.replace(/,/g, ''));
  if (bounds.min !== undefined && value < bounds.min) return { ok: false, problem: { key: 'input.amount.min', params: { min: bounds.min } } };
  if (bounds.max !== undefined && value > bounds.max) return { ok: false, problem: { key: 'input.amount.max', params: { max: bounds.max } } };
  return { ok: true, value };
}
