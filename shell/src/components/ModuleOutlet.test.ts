import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import type { RegistryEntry } from '@otou/domain';
import ModuleOutlet from './ModuleOutlet.svelte';
import { fallbacks, failures } from '../state/registry.ts';
import { locale, session } from '../state/stores.ts';
import { budgetEntry as budget } from '../state/testEntries.ts';

let shown: ReturnType<typeof mount> | null = null;
function show(active: RegistryEntry) {
  const target = document.body.appendChild(document.createElement('div'));
  shown = mount(ModuleOutlet, { target, props: { active } });
  flushSync();
  return target;
}

afterEach(() => {
  if (shown) unmount(shown);
  shown = null;
  document.body.innerHTML = '';
  fallbacks.set({});
  failures.set({});
  locale.set('th');
  vi.unstubAllGlobals();
});

describe('the module outlet', () => {
  it('tells the user briefly that the last good version runs instead, in their language', () => {
    fallbacks.set({ budget: { label: budget.labels, from: '1.3.0', to: '1.2.0' } });
    const page = show(budget);
    const notice = page.querySelector('[role="status"]')!;
    expect(notice.textContent).toBe('โมดูลงบประมาณ 1.3.0 เปิดไม่สำเร็จ จึงใช้รุ่น 1.2.0 แทน');
    expect(page.querySelector('[data-testid="module-error-tile"]')).toBeNull();
    expect(page.querySelector<HTMLElement>('#otou-outlet')!.hidden).toBe(false);
    locale.set('en');
    flushSync();
    expect(notice.textContent).toBe('The Budget module 1.3.0 did not open, so version 1.2.0 is used instead');
  });

  it('says nothing while the active version runs', () => {
    const page = show(budget);
    expect(page.querySelector('[role="status"]')!.textContent).toBe('');
  });

  it('explains a version this server cannot serve instead of mounting it, and tells the server once', async () => {
    const calls: { url: string; body: string }[] = [];
    vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
      calls.push({ url: String(url), body: String(init?.body ?? '') });
      return new Response(JSON.stringify([{ result: { data: null } }]), { headers: { 'content-type': 'application/json' } });
    });
    session.set({ token: 't', user: { placement: { level: 'university', networkId: 'n1' } } } as never);
    const mismatch = { ...budget, available: false, reason: 'api_mismatch' as const };
    const page = show(mismatch);
    const tile = page.querySelector('[data-testid="module-mismatch-tile"]')!;
    expect(tile.textContent).toContain('โมดูลงบประมาณ เปิดบนระบบนี้ไม่ได้');
    expect(tile.textContent).toContain('ผู้ดูแลระบบได้รับแจ้งแล้ว');
    expect(page.querySelector<HTMLElement>('#otou-outlet')!.hidden).toBe(true);
    unmount(shown!);
    shown = null;
    show(mismatch);
    await vi.waitFor(() => expect(calls.length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 100));
    // Batched or not, one report for the two visits.
    expect(calls.every((c) => c.url.includes('registry.reportFailure'))).toBe(true);
    const sent = calls.map((c) => c.body).join('\n');
    expect(sent.match(/"kind":"contract"/g)).toHaveLength(1);
    expect(sent).toContain('"version":"1.3.0"');
    session.set(null);
  });
});
