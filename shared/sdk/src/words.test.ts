import { describe, expect, it } from 'vitest';
import { checkCatalogue, createWords, defineMessages } from './words.ts';

const messages = defineMessages({
  th: { 'plan.title': 'ตั้งแผน', 'plan.saved': 'บันทึกแผนเดือน{month}แล้ว', 'status.approved': 'อนุมัติแล้ว', 'status.late': 'ล่าช้า' },
  en: { 'plan.title': 'Plan', 'plan.saved': 'Plan for {month} saved', 'status.approved': 'Approved', 'status.late': 'Late' },
});

describe('words', () => {
  it('translates module, platform and kit keys in the current language, filling placeholders', () => {
    let locale: 'th' | 'en' = 'th';
    const t = createWords(() => locale, messages);
    expect(t('plan.saved', { month: 'มกราคม' })).toBe('บันทึกแผนเดือนมกราคมแล้ว');
    expect(t('common.loading')).toBe('กำลังโหลด…');
    expect(t('kit.confirm')).toBe('ยืนยัน');
    locale = 'en';
    expect(t('plan.title')).toBe('Plan');
    expect(t('common.loading')).toBe('Loading…');
    expect(t('input.amount.max', { max: 2_000_000 })).toBe('The amount must be at most THB 2,000,000');
  });
});

describe('checkCatalogue', () => {
  const source = { 'A.svelte': `t('plan.title'); t("plan.saved", { month }); t(\`status.\${s}\`)` };

  it('passes a complete catalogue whose every key is used', () => {
    expect(checkCatalogue(messages, source)).toEqual([]);
  });

  it('names keys missing in a language and placeholders that differ', () => {
    const bad = { th: { 'plan.title': 'ตั้งแผน', 'plan.saved': 'บันทึก{month}' }, en: { 'plan.saved': 'Saved {months}', 'plan.extra': 'x' } };
    expect(checkCatalogue(bad, { 'a.ts': "'plan.title' 'plan.saved' 'plan.extra'" })).toEqual([
      '"plan.title" has no English',
      '"plan.extra" has no Thai',
      '"plan.saved" has placeholders {month} in Thai but {months} in English',
    ]);
  });

  it('names a key no source uses', () => {
    expect(checkCatalogue(messages, { 'A.svelte': `t('plan.title'); t('plan.saved')` })).toEqual([
      '"status.approved" is not used by any source file',
      '"status.late" is not used by any source file',
    ]);
  });

  it('names a module word that repeats a platform word', () => {
    const repeat = { th: { 'x.cancel': 'ยกเลิก' }, en: { 'x.cancel': 'Cancel' } };
    expect(checkCatalogue(repeat, { 'a.ts': "'x.cancel'" })[0]).toMatch(/repeats the platform's "(common|kit)\.cancel"/);
  });
});
