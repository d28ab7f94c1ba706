import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { moduleHarness, ModuleHarness } from './testing/index.ts';
import QueryViewProbe from './testing/QueryViewProbe.svelte';

const scope = { level: 'central', role: 'central_admin', places: {}, counts: { networks: 9, universities: 76, tambons: 3000 } };
const ok = () => new Response(JSON.stringify([{ result: { data: scope } }]), { headers: { 'content-type': 'application/json' } });
const serverError = () =>
  new Response(JSON.stringify([{ error: { message: 'x', code: -32603, data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, messageKey: 'error.internal', fieldErrors: {} } } }]), {
    status: 500,
    headers: { 'content-type': 'application/json' },
  });

afterEach(() => vi.unstubAllGlobals());

describe('QueryView', () => {
  it('says it is loading, then shows the page', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => ok()));
    render(ModuleHarness, moduleHarness().props(QueryViewProbe));
    expect(screen.getByText('กำลังโหลด…')).toBeTruthy();
    expect((await screen.findByTestId('count')).textContent).toBe('3000');
  });

  it('a server error says the system had a problem (not the network) and offers a retry that works', async () => {
    const fetch = vi.fn(async () => serverError());
    vi.stubGlobal('fetch', fetch);
    render(ModuleHarness, moduleHarness().props(QueryViewProbe));
    expect((await screen.findByTestId('query-error')).textContent).toContain('ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง');
    expect(screen.getByTestId('query-error').textContent).not.toContain('ติดต่อเซิร์ฟเวอร์ไม่ได้');
    fetch.mockImplementation(async () => ok());
    await fireEvent.click(screen.getByRole('button', { name: 'ลองใหม่' }));
    expect((await screen.findByTestId('count')).textContent).toBe('3000');
    expect(screen.queryByTestId('query-error')).toBeNull();
  });

  it('no answer at all says the server cannot be reached, in the chosen language', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    render(ModuleHarness, moduleHarness({ locale: 'en' }).props(QueryViewProbe));
    expect((await screen.findByTestId('query-error')).textContent).toContain('Cannot reach the server');
  });

  it('a failed refresh keeps the page and what the user typed', async () => {
    const fetch = vi.fn(async () => ok());
    vi.stubGlobal('fetch', fetch);
    render(ModuleHarness, moduleHarness().props(QueryViewProbe));
    const input = (await screen.findByLabelText('บันทึก')) as HTMLInputElement;
    await fireEvent.input(input, { target: { value: 'ยังพิมพ์อยู่' } });
    fetch.mockImplementation(async () => serverError());
    await fireEvent.click(screen.getByRole('button', { name: 'refresh' }));
    await screen.findByTestId('query-error');
    expect((screen.getByLabelText('บันทึก') as HTMLInputElement).value).toBe('ยังพิมพ์อยู่');
    expect(screen.getByTestId('count').textContent).toBe('3000');
  });
});
