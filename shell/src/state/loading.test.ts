import { describe, expect, it } from 'vitest';
import type { Session } from '@otou/sdk';
import { failureReport, fallbackText, importUrl, mismatchText, networkCookie, nextUrl, overridden } from './loading.ts';
import { budgetEntry as budget } from './testEntries.ts';

describe('loading a module', () => {
  it('imports the versioned URL the registry names; a retry asks for a new URL', () => {
    expect(importUrl(budget.entry, 0)).toBe('/modules/budget/1.3.0/spa.js');
    expect(importUrl(budget.entry, 2)).toBe('/modules/budget/1.3.0/spa.js?retry=2');
    // A developer's override is a bare specifier: resolved through the page's import map first.
    expect(importUrl('@otou/budget', 1, () => 'http://localhost:5173/spa.js?x=1')).toBe('http://localhost:5173/spa.js?x=1&retry=1');
  });
  it("lets a developer's import-map-overrides win for that module only", () => {
    const win = { importMapOverrides: { getOverrideMap: () => ({ imports: { '@otou/budget': 'http://localhost:5173/spa.js' } }) } };
    expect(overridden('@otou/budget', win)).toBe(true);
    expect(overridden('@otou/training', win)).toBe(false);
    expect(overridden('@otou/budget', {})).toBe(false);
  });
});

describe('falling back on the last good version', () => {
  it('goes once from the active version to the last good one, never further', () => {
    expect(nextUrl(budget, budget.entry, false)).toBe('/modules/budget/1.2.0/spa.js');
    expect(nextUrl(budget, budget.fallback!, false)).toBeNull();
    expect(nextUrl({ ...budget, fallback: null, fallbackVersion: null }, budget.entry, false)).toBeNull();
  });
  it("never replaces a developer's own build", () => {
    expect(nextUrl(budget, budget.entry, true)).toBeNull();
  });
  it('reports the version that failed, with a short message', () => {
    expect(failureReport(budget, budget.entry, 'mount', 'boom')).toEqual({ module: 'budget', version: '1.3.0', kind: 'mount', message: 'boom' });
    expect(failureReport(budget, budget.fallback!, 'load', 'x'.repeat(400))).toMatchObject({ version: '1.2.0', kind: 'load', message: 'x'.repeat(300) });
  });
  it('tells the user briefly, in their language', () => {
    const n = { label: budget.labels, from: '1.3.0', to: '1.2.0' };
    expect(fallbackText(n, 'th')).toBe('โมดูลงบประมาณ 1.3.0 เปิดไม่สำเร็จ จึงใช้รุ่น 1.2.0 แทน');
    expect(fallbackText(n, 'en')).toBe('The Budget module 1.3.0 did not open, so version 1.2.0 is used instead');
  });
  it('explains a version this server cannot serve instead of a broken page', () => {
    expect(mismatchText(budget, 'en').body).toContain('Version 1.3.0 needs a server API this platform does not serve');
    expect(mismatchText(budget, 'th').title).toBe('โมดูลงบประมาณ เปิดบนระบบนี้ไม่ได้');
  });
});

describe('the otou-network cookie', () => {
  const session = (networkId?: string) => ({ token: 't', user: { placement: { level: networkId ? 'university' : 'central', networkId } } }) as unknown as Session;
  it("names the signed-in user's network for a year", () => {
    expect(networkCookie(session('net123'))).toBe('otou-network=net123; path=/; max-age=31536000; SameSite=Lax');
  });
  it('is cleared for central users and on sign-out', () => {
    expect(networkCookie(session())).toBe('otou-network=; path=/; max-age=0; SameSite=Lax');
    expect(networkCookie(null)).toBe('otou-network=; path=/; max-age=0; SameSite=Lax');
  });
});
