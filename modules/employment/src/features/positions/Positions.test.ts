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
  // The chosen period lives in the address (?p=): each test starts from none.
  history.replaceState(null, '', '/');
});

describe('positions and pay', { timeout: 20_000 }, () => {
  it('shows the monthly cost of what the central office types, names a bad figure at its field, and saves with the version it started from', async () => {
    const periods = [
      { id: 'p1', code: 'P1', name_th: 'ช่วงที่ 1 (2564)', name_en: 'Period 1 (2021)', active: true },
      { id: 'p2', code: 'P2', name_th: 'ช่วงที่ 2 (2565)', name_en: 'Period 2 (2022)', active: false },
    ];
    calls = stubApi((path, input) => {
      if (path === 'budget.period.list') return ok(periods);
      if (path === 'employment.positions.save') return ok({ ...stored, version: 1, inherited: false });
      return ok({ ...stored, periodId: (input as { periodId?: string } | undefined)?.periodId ?? 'p1' });
    });
    render(ModuleHarness, as('central_admin').props(Positions));
    // The central office sets each programme period's positions: the active one first.
    await vi.waitFor(() => expect((screen.getByRole('combobox', { name: 'ช่วงโครงการ' }) as HTMLSelectElement).value).toBe('p1'));
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

  it('opens another programme period when the central office picks it', async () => {
    calls = stubApi((path, input) => ok(path === 'budget.period.list' ? [{ id: 'p1', name_th: 'ช่วงที่ 1', name_en: '', active: true }, { id: 'p2', name_th: 'ช่วงที่ 2', name_en: '', active: false }] : { ...stored, periodId: (input as { periodId?: string } | undefined)?.periodId ?? 'p1' }));
    render(ModuleHarness, as('central_admin').props(Positions));
    const period = await screen.findByRole('combobox', { name: 'ช่วงโครงการ' });
    await fireEvent.change(period, { target: { value: 'p2' } });
    await vi.waitFor(() => expect(calls.filter((c) => c.path === 'employment.positions.get').map((c) => c.input)).toContainEqual({ periodId: 'p2' }));
  });

  it('is read, not changed, by university staff', async () => {
    calls = stubApi(() => ok(stored));
    render(ModuleHarness, as('university_staff').props(Positions));
    expect((await screen.findByTestId('positions-basis')).textContent).toBe('ใช้อัตราตั้งต้นของโครงการ (ยังไม่เคยแก้ไขในช่วงนี้)');
    expect((screen.getByRole('textbox', { name: 'จำนวนอัตราประชาชน' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryByRole('button', { name: 'บันทึก' })).toBeNull();
  });
});
