import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { employmentModule } from '@otou/domain';
import { moduleHarness, ModuleHarness, ok, stubApi } from '@otou/sdk/testing';
import Exports from './Exports.svelte';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the Ministry of Labour files', () => {
  it('downloads each of the two files for the viewer\'s places', async () => {
    const calls = stubApi((path) => ok({ filename: `${path}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', base64: 'UEs=' }));
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    render(ModuleHarness, moduleHarness({ manifest: employmentModule, user: { role: 'university_staff' } }).props(Exports));
    expect(screen.getByRole('heading', { name: 'ตำแหน่งงานว่างภาครัฐ' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'แบบติดตามการจ้างงานหน่วยงานภาครัฐ รัฐวิสาหกิจ และองค์การมหาชน' })).toBeTruthy();
    const [open, tracking] = screen.getAllByRole('button', { name: 'ดาวน์โหลด Excel' });
    await fireEvent.click(open!);
    await fireEvent.click(tracking!);
    await vi.waitFor(() => expect(calls.map((c) => c.path)).toEqual(['employment.export.openPositions', 'employment.export.tracking']));
    expect(calls[0]?.input).toEqual({});
    expect(URL.createObjectURL).toHaveBeenCalledTimes(2);
  });
});
