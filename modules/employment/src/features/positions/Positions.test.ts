import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { DEFAULT_POSITIONS, employmentModule } from '@otou/domain';
import { moduleHarness, ModuleHarness, ok, stubApi, type ApiCall } from '@otou/sdk/testing';
import Positions from './Positions.svelte';

let calls: ApiCall[] = [];
const saves = () => calls.filter((c) => c.path === 'employment.positions.save').map((c) => c.input);
const stored = { periodId: 'p1', tambonId: null, positions: DEFAULT_POSITIONS, version: 0, inherited: true };
const as = (role: string) => moduleHarness({ manifest: employmentModule, user: { role, placement: { level: role === 'central_admin' ? 'central' : 'university', universityId: 'u1' } } as never });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('positions and pay', { timeout: 20_000 }, () => {
  it('shows the monthly cost of what the central office types, names a bad figure at its field, and saves with the version it started from', async () => {
    calls = stubApi((path) => ok(path === 'employment.positions.save' ? { ...stored, version: 1, inherited: false } : stored));
    render(ModuleHarness, as('central_admin').props(Positions));
    expect((await screen.findByTestId('cost-total')).textContent).toBe('ค่าจ้างรวมทุกประเภทต่อเดือนต่อตำบล: 220,000 บาท');
    expect(screen.getByTestId('cost-graduate').textContent).toBe('ค่าจ้างรวมต่อเดือน: 150,000 บาท');
    const graduates = screen.getByRole('textbox', { name: 'จำนวนอัตราบัณฑิต' });
    await fireEvent.input(graduates, { target: { value: '๙' } });
    expect(screen.getByTestId('cost-graduate').textContent).toBe('ค่าจ้างรวมต่อเดือน: 135,000 บาท');
    expect(screen.getByTestId('cost-total').textContent).toContain('205,000 บาท');

    const rate = screen.getByRole('textbox', { name: 'ค่าจ้างต่อเดือนนักศึกษา (บาท)' });
    await fireEvent.input(rate, { target: { value: '0' } });
    await fireEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
    await vi.waitFor(() => expect(rate.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(rate.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toContain('อัตราค่าจ้างต้องอยู่ระหว่าง 1 ถึง 100,000 บาทต่อเดือน');
    expect(saves()).toEqual([]);

    await fireEvent.input(rate, { target: { value: '5,500' } });
    await fireEvent.click(screen.getByRole('button', { name: 'บันทึก' }));
    await vi.waitFor(() => expect(screen.getByTestId('positions-status').textContent).toBe('บันทึกอัตราแล้ว (ฉบับที่ 1)'));
    expect(saves()).toEqual([{ periodId: 'p1', version: 0, positions: { citizen: { count: 5, rate: 9000 }, graduate: { count: 9, rate: 15000 }, student: { count: 5, rate: 5500 } } }]);
  });

  it('is read, not changed, by university staff', async () => {
    calls = stubApi(() => ok(stored));
    render(ModuleHarness, as('university_staff').props(Positions));
    expect((await screen.findByTestId('positions-basis')).textContent).toBe('ใช้อัตราตั้งต้นของโครงการ (ยังไม่เคยแก้ไขในช่วงนี้)');
    expect((screen.getByRole('textbox', { name: 'จำนวนอัตราประชาชน' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'บันทึก' })).toBeNull();
  });
});
