import { createTranslator, type Locale, type Params } from './i18n.ts';

/**
 * Words of the module kit (the inputs, the query view, the module home), in both languages. They sit beside the
 * rules that raise them (amountInput, dateInputBE) so the rule and what it tells a user change together; the SDK's
 * `useWords` looks them up after a module's own words and the platform's.
 */
const th = {
  'kit.scope': 'ขอบเขตข้อมูลของท่าน',
  'kit.upcoming': 'สิ่งที่จะเปิดให้ใช้ในโมดูลนี้',
  'kit.confirm': 'ยืนยัน',
  'input.amount.notANumber': 'กรุณากรอกจำนวนเงินเป็นตัวเลข เช่น 45,000 หรือ 45000.50',
  'input.amount.scientific': 'กรุณากรอกจำนวนเงินเต็มรูป เช่น 1000 แทน 1e3',
  'input.amount.hex': 'กรุณากรอกจำนวนเงินเป็นเลขฐานสิบ เช่น 16 แทน 0x10',
  'input.amount.decimals': 'จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง (สตางค์) เช่น 45000.50',
  'input.amount.min': 'จำนวนเงินต้องไม่น้อยกว่า {min} บาท',
  'input.amount.max': 'จำนวนเงินต้องไม่เกิน {max} บาท',
  'input.amount.required': 'กรุณากรอกจำนวนเงิน',
  'input.date.day': 'วัน',
  'input.date.month': 'เดือน',
  'input.date.year': 'ปี (พ.ศ.)',
  'input.date.incomplete': 'กรุณากรอกวัน เดือน และปี พ.ศ. ให้ครบ',
  'input.date.notADay': 'ไม่มีวันที่ {day} ในเดือนที่เลือก กรุณาตรวจสอบวันที่',
  'input.date.yearIsCE': 'ปี {year} เป็นปี ค.ศ. กรุณากรอกปี พ.ศ. (ค.ศ. + 543) เช่น {be}',
  'input.date.yearRange': 'กรุณากรอกปี พ.ศ. ระหว่าง {min} ถึง {max}',
} as const;

export type KitMessageKey = keyof typeof th;

const en: Record<KitMessageKey, string> = {
  'kit.scope': 'Your data scope',
  'kit.upcoming': 'Coming to this module',
  'kit.confirm': 'Confirm',
  'input.amount.notANumber': 'Enter the amount as a number, e.g. 45,000 or 45000.50',
  'input.amount.scientific': 'Write the amount in full, e.g. 1000 rather than 1e3',
  'input.amount.hex': 'Write the amount in ordinary digits, e.g. 16 rather than 0x10',
  'input.amount.decimals': 'An amount has at most 2 decimals (satang), e.g. 45000.50',
  'input.amount.min': 'The amount must be at least THB {min}',
  'input.amount.max': 'The amount must be at most THB {max}',
  'input.amount.required': 'Enter the amount',
  'input.date.day': 'Day',
  'input.date.month': 'Month',
  'input.date.year': 'Year (BE)',
  'input.date.incomplete': 'Enter the day, month and Buddhist-Era year',
  'input.date.notADay': 'The chosen month has no day {day}; check the date',
  'input.date.yearIsCE': '{year} is a Christian-Era year; enter the Buddhist-Era year (CE + 543), e.g. {be}',
  'input.date.yearRange': 'Enter a Buddhist-Era year between {min} and {max}',
};

export const kitMessages: Record<Locale, Record<KitMessageKey, string>> = { th, en };

/** A problem an input rule found: a kit message key and its parameters, translated where it is shown. */
export interface InputProblem {
  key: KitMessageKey;
  params?: Params;
}

export function isKitMessageKey(k: string): k is KitMessageKey {
  return k in th;
}

/** The kit's words in a language: `translateKit('th', 'input.amount.max', { max: 5 })`. */
export const translateKit = createTranslator(kitMessages);
