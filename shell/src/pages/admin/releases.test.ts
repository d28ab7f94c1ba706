import { describe, expect, it } from 'vitest';
import { checkCatalogue, createWords } from '@otou/sdk';
import { canarySummary, contractText, previousVersion } from './releases.ts';
import { adminMessages, type AdminKey } from './words.ts';

const en = createWords<AdminKey>(() => 'en', adminMessages);
const th = createWords<AdminKey>(() => 'th', adminMessages);
const net = (name_en: string, active: string) => ({ name_th: name_en, name_en, active });

describe('the releases page', () => {
  it('shows a canary as "network X on 1.3.0, others 1.2.0"', () => {
    const s = { default: { version: '1.2.0' }, networks: [net('Upper North', '1.3.0'), net('Upper Central', '1.2.0'), net('Lower South', '1.3.0')] };
    expect(canarySummary(s, 'en', en)).toBe('Upper North, Lower South on 1.3.0, others 1.2.0');
    expect(canarySummary({ ...s, networks: [net('Upper North', '1.2.0')] }, 'en', en)).toBe('All networks on 1.2.0');
    expect(canarySummary({ default: null, networks: [] }, 'th', th)).toBe('ยังไม่มีรุ่นที่เผยแพร่');
  });
  it("names each router the server does not serve as a version asks", () => {
    expect(contractText({ ok: true, problems: [] }, en)).toBe('✓ compatible');
    const bad = { ok: false, problems: [{ router: 'budget', wanted: '^2.0.0', served: '1.0.0' }, { router: 'grants', wanted: '^1.0.0', served: null }] };
    expect(contractText(bad, en)).toBe('✗ budget wants ^2.0.0, the server serves 1.0.0; grants wants ^1.0.0, the server serves none');
  });
  it('rolls back to the version published before the active one', () => {
    expect(previousVersion(['1.3.0', '1.2.0', '1.1.0'], '1.3.0')).toBe('1.2.0');
    expect(previousVersion(['1.3.0', '1.2.0'], '1.2.0')).toBeNull();
    expect(previousVersion(['1.3.0'], '9.9.9')).toBeNull();
  });
  it('has every word in both languages, each used', () => {
    const sources = import.meta.glob('./*.{ts,svelte}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
    expect(checkCatalogue(adminMessages, sources)).toEqual([]);
  });
});
