import { beforeAll, describe, expect, it } from 'vitest';
import { TRPCError } from '@trpc/server';
import { budgetMessages, platformMessages, type Locale } from '@otou/domain';
import { describeError } from '../src/errors.ts';
import { clashingKeys } from '../src/messages.ts';
import { periodId, DEMO_PERIOD_CODE } from '../src/seed/budgetDemo.ts';
import { tambonId } from '../src/seed/demo.ts';
import { usePlatform } from './harness.ts';

const p = usePlatform();
const PERIOD = periodId(DEMO_PERIOD_CODE);
let central: string;
let staff: string;

beforeAll(async () => {
  central = await p.login('central@otou.demo');
  staff = await p.login('staff.cu@otou.demo');
});

/** Every sentence the catalogues can produce in a language, placeholders matching anything. */
function catalogueSentences(locale: Locale): RegExp[] {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...Object.values(platformMessages[locale]), ...Object.values(budgetMessages[locale])].map(
    (text) => new RegExp(`^${text.split(/\{\w+\}/).map(escape).join('.+')}$`),
  );
}

/** What zod says in its own words, in either language. */
const ZOD_WORDS = /expected \w+|received (undefined|NaN|string|number|boolean|object)|Invalid (input|option)|Too (small|big)|ควรมี|ควรเป็น|แต่ได้รับ|\bundefined\b|\bNaN\b/;

async function messages(call: (locale: Locale) => Promise<unknown>, locale: Locale): Promise<string[]> {
  const e = await call(locale).then(() => null, (x: unknown) => x);
  expect(e, 'the call should have been refused').toBeInstanceOf(TRPCError);
  const { message, fieldErrors } = describeError(e as TRPCError, locale);
  return [message, ...Object.values(fieldErrors).flat()];
}

async function expectOnlyCatalogueWords(call: (locale: Locale) => Promise<unknown>) {
  for (const locale of ['th', 'en'] as const) {
    const texts = await messages(call, locale);
    expect(texts.length).toBeGreaterThan(1);
    const sentences = catalogueSentences(locale);
    for (const text of texts) {
      expect(text, `"${text}" is not from a catalogue`).not.toMatch(ZOD_WORDS);
      expect(sentences.some((s) => s.test(text)), `"${text}" is not from a catalogue (${locale})`).toBe(true);
    }
  }
}

describe('validation messages come from the catalogues, never from the validator', () => {
  it('no two catalogues define the same key', () => {
    expect(clashingKeys()).toEqual([]);
  });

  it('the period form, with every field wrong or missing', async () => {
    await expectOnlyCatalogueWords((locale) =>
      p.caller(central, locale).budget.period.save({ code: '25 65!', name_th: '', name_en: 'x'.repeat(201), firstYear: 1999, firstMonth: 13, months: 0 } as never),
    );
    await expectOnlyCatalogueWords((locale) =>
      p.caller(central, locale).budget.period.save({ code: 42, name_th: null, firstYear: '2565', firstMonth: 1.5, months: Number.NaN, active: 'yes' } as never),
    );
  });

  it('names the fix for a Buddhist-Era year typed where the form expects its conversion, and for a missing choice', async () => {
    const [, ...fields] = await messages(
      (locale) => p.caller(central, locale).budget.period.save({ code: '2566', name_th: 'ปี 2566', name_en: '2566', firstYear: 2566, firstMonth: 1, months: 12 } as never),
      'th',
    );
    expect(fields).toEqual(expect.arrayContaining([budgetMessages.th['budget.periodYear'], budgetMessages.th['budget.periodActive']]));
  });

  it('the plan form: unknown lines, negative, non-finite, absurd and non-numeric amounts', async () => {
    const lines = [
      { line: '9.9', budget: 1, plan: [1] },
      { line: '1.1', budget: -1, plan: [Number.POSITIVE_INFINITY, Number.NaN, 2_000_000_000, 'abc'] },
    ];
    await expectOnlyCatalogueWords((locale) => p.caller(staff, locale).budget.plan.save({ tambonId: tambonId('190204'), periodId: PERIOD, lines } as never));
    await expectOnlyCatalogueWords((locale) => p.caller(staff, locale).budget.plan.save({ tambonId: '', periodId: PERIOD, lines: [] } as never));
    const [, ...fields] = await messages((locale) => p.caller(staff, locale).budget.plan.save({ tambonId: tambonId('190204'), periodId: PERIOD, lines } as never), 'en');
    expect(fields).toEqual(expect.arrayContaining([budgetMessages.en['budget.tooLarge'], budgetMessages.en['budget.notANumber'], budgetMessages.en['budget.lineUnknown']]));
  });

  it('the month, exception and instalment forms', async () => {
    const month = { tambonId: tambonId('190204'), periodId: PERIOD };
    await expectOnlyCatalogueWords((locale) => p.caller(staff, locale).budget.month.save({ ...month, month: 0, actuals: { '1.1': '5', '7.7': 1 }, remarks: { '1.1': 'x'.repeat(501) }, submit: 'no' } as never));
    await expectOnlyCatalogueWords((locale) => p.caller(central, locale).budget.month.grantException({ ...month, month: 2, until: 'tomorrow', reason: 'x'.repeat(1001) } as never));
    await expectOnlyCatalogueWords((locale) => p.caller(central, locale).budget.instalment.record({ target: { level: 'province', id: 'x' }, periodId: PERIOD, number: 3, receivedOn: '15/07/2564' } as never));
    await expectOnlyCatalogueWords((locale) => p.caller(central, locale).budget.report.export({ target: { level: 'tambon' }, format: 'pdf' } as never));
  });
  it('a bound a schema left without a message still names the field and what it expects, in the caller language', async () => {
    const call = (locale: Locale) => p.caller(central, locale).registry.setEnabled({ networkId: 7, module: 'nope', enabled: 'yes', version: 0 } as never);
    expect((await messages(call, 'en')).slice(1).sort()).toEqual([
      'The field “enabled” must be yes or no',
      'The field “module” must be one of the choices offered',
      'The field “networkId” must be text',
    ]);
    expect((await messages(call, 'th')).slice(1)).toContain('ช่อง “enabled” ต้องเป็นใช่หรือไม่ใช่');
  });
});

