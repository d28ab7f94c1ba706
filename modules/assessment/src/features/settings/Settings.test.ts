import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { assessmentModule } from '@otou/domain';
import { moduleHarness, ModuleHarness, ok, stubApi, type ApiCall } from '@otou/sdk/testing';
import Settings from './Settings.svelte';

let calls: ApiCall[] = [];
const saves = () => calls.filter((c) => c.path === 'assessment.settings.save').map((c) => c.input);
const central = () => moduleHarness({ manifest: assessmentModule, user: { role: 'central_admin', placement: { level: 'central' } } });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the tier thresholds', { timeout: 20_000 }, () => {
  it('shows the goals each tier covers as typed, names a threshold out of order at its field, and saves with the version it started from', async () => {
    calls = stubApi((path) => ok(path === 'assessment.settings.save' ? { ok: true, version: 3 } : { thresholds: { sustainable: 14, sufficiency: 11, survive: 8 }, version: 2 }));
    render(ModuleHarness, central().props(Settings));
    expect((await screen.findByTestId('settings-version')).textContent).toBe('เกณฑ์ฉบับที่ 2');
    const survive = screen.getByRole('textbox', { name: 'ตำบลที่อยู่รอด: บรรลุอย่างน้อย (เป้าหมาย)' });
    await fireEvent.input(survive, { target: { value: '12' } });
    await fireEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
    const sufficiency = screen.getByRole('textbox', { name: 'ตำบลมุ่งสู่ความพอเพียง: บรรลุอย่างน้อย (เป้าหมาย)' });
    await vi.waitFor(() => expect(sufficiency.getAttribute('aria-invalid')).toBe('true'));
    expect(saves()).toEqual([]);

    await fireEvent.input(survive, { target: { value: '๗' } });
    // The range under each field follows what is typed: survive now 7–10 goals.
    expect(document.getElementById(survive.getAttribute('aria-describedby')!)?.textContent).toBe('7–10 เป้าหมาย');
    await fireEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
    await vi.waitFor(() => expect(screen.getByTestId('settings-status').textContent).toBe('บันทึกเกณฑ์แล้ว (ฉบับที่ 3)'));
    expect(saves()).toEqual([{ sustainable: 14, sufficiency: 11, survive: 7, version: 2 }]);
  });

  it('can be read, not changed, by anyone but the central office', async () => {
    calls = stubApi(() => ok({ thresholds: { sustainable: 14, sufficiency: 11, survive: 8 }, version: 0 }));
    render(ModuleHarness, moduleHarness({ manifest: assessmentModule, user: { role: 'network_admin', placement: { level: 'network', networkId: 'n1' } } }).props(Settings));
    expect((await screen.findByTestId('settings-version')).textContent).toBe('ใช้เกณฑ์ตั้งต้นของโครงการ (ยังไม่เคยแก้ไข)');
    expect((screen.getByRole('textbox', { name: /^ตำบลมุ่งสู่ความยั่งยืน/ }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'บันทึก' })).toBeNull();
  });
});
