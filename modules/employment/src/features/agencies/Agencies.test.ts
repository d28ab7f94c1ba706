import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { employmentModule } from '@otou/domain';
import { moduleHarness, ModuleHarness, ok, stubApi, type ApiCall } from '@otou/sdk/testing';
import type { AgencyRow } from '../contracts/types.ts';
import Agencies from './Agencies.svelte';

let calls: ApiCall[] = [];
const saves = () => calls.filter((c) => c.path === 'employment.agency.save').map((c) => c.input);
const stored: AgencyRow = {
  id: 'ag1',
  universityId: 'u1',
  name_th: 'สำนักงานสถิติจังหวัดสระบุรี',
  name_en: 'Saraburi Statistics Office',
  needs: 'บันทึกข้อมูลทะเบียน',
  workplace: 'ศาลากลางจังหวัด',
  qualifications: 'ใช้ Excel ได้',
  requiresNda: true,
  supervisors: [{ id: 's1', name: 'ผู้ดูแล หนึ่ง' }],
  workers: 2,
  version: 4,
};
const as = (role: string) => moduleHarness({ manifest: employmentModule, user: { role, placement: { level: 'university', universityId: 'u1' } } as never });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('user agencies', { timeout: 20_000 }, () => {
  it('lists needs, workplace, qualifications, NDA and supervisors, and edits one with the version read', async () => {
    calls = stubApi((path) =>
      ok(
        path === 'employment.agency.save'
          ? { ...stored, version: 5 }
          : path === 'employment.agency.supervisorCandidates'
            ? [
                { id: 's1', name: 'ผู้ดูแล หนึ่ง' },
                { id: 's2', name: 'ผู้ดูแล สอง' },
              ]
            : [stored],
      ),
    );
    render(ModuleHarness, as('university_staff').props(Agencies));
    const card = (await screen.findByText('สำนักงานสถิติจังหวัดสระบุรี')).closest('li')!;
    expect(card.textContent).toContain('ต้องมี NDA');
    expect(card.textContent).toContain('ศาลากลางจังหวัด');
    expect(card.textContent).toContain('ผู้ดูแล หนึ่ง');
    await fireEvent.click(within(card).getByRole('button', { name: 'แก้ไข สำนักงานสถิติจังหวัดสระบุรี' }));
    const form = screen.getByTestId('agency-form');
    await fireEvent.input(within(form).getByRole('textbox', { name: 'สถานที่ปฏิบัติงาน' }), { target: { value: 'อาคาร 2 ศาลากลาง' } });
    // The university's supervisors are offered; the one already named is ticked, another is added.
    expect(((await within(form).findByRole('checkbox', { name: 'ผู้ดูแล หนึ่ง' })) as HTMLInputElement).checked).toBe(true);
    await fireEvent.click(await within(form).findByRole('checkbox', { name: 'ผู้ดูแล สอง' }));
    await fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    await vi.waitFor(() => expect(screen.getByTestId('agencies-status').textContent).toBe('แก้ไขหน่วยงานผู้ใช้แล้ว'));
    expect(saves()).toEqual([
      {
        id: 'ag1',
        version: 4,
        name_th: 'สำนักงานสถิติจังหวัดสระบุรี',
        name_en: 'Saraburi Statistics Office',
        needs: 'บันทึกข้อมูลทะเบียน',
        workplace: 'อาคาร 2 ศาลากลาง',
        qualifications: 'ใช้ Excel ได้',
        requiresNda: true,
        supervisorIds: ['s1', 's2'],
      },
    ]);
    expect(calls.find((c) => c.path === 'employment.agency.supervisorCandidates')?.input).toEqual({ universityId: 'u1' });
  });

  it('the central office adds an agency for the university it chooses, and is told at the field when it has not', async () => {
    calls = stubApi((path, input) =>
      ok(
        path === 'org.universities'
          ? [
              { id: 'u1', code: 'CU', name_th: 'จุฬาลงกรณ์มหาวิทยาลัย', name_en: 'Chulalongkorn University', networkId: 'n1' },
              { id: 'u2', code: 'KKU', name_th: 'มหาวิทยาลัยขอนแก่น', name_en: 'Khon Kaen University', networkId: 'n2' },
            ]
          : path === 'employment.agency.supervisorCandidates'
            ? (input as { universityId?: string }).universityId === 'u2'
              ? [{ id: 's9', name: 'ผู้ดูแล ขอนแก่น' }]
              : []
            : path === 'employment.agency.save'
              ? { ...stored, id: 'ag2', universityId: 'u2' }
              : [],
      ),
    );
    render(ModuleHarness, moduleHarness({ manifest: employmentModule, user: { role: 'central_admin', placement: { level: 'central' } } as never }).props(Agencies));
    await fireEvent.click(await screen.findByRole('button', { name: 'เพิ่มหน่วยงานผู้ใช้' }));
    const form = screen.getByTestId('agency-form');
    await fireEvent.input(within(form).getByRole('textbox', { name: 'ชื่อหน่วยงาน (ภาษาไทย)' }), { target: { value: 'สำนักงานจังหวัดขอนแก่น' } });
    await fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    const choice = within(form).getByRole('combobox', { name: 'มหาวิทยาลัยเจ้าของหน่วยงาน' }) as HTMLSelectElement;
    await vi.waitFor(() => expect(choice.getAttribute('aria-invalid')).toBe('true'));
    expect(form.textContent).toContain('กรุณาเลือกมหาวิทยาลัยเจ้าของหน่วยงานผู้ใช้');
    expect(saves()).toEqual([]);
    await vi.waitFor(() => expect(within(choice).getByRole('option', { name: 'มหาวิทยาลัยขอนแก่น' })).toBeTruthy());
    await fireEvent.change(choice, { target: { value: 'u2' } });
    // That university's supervisors are offered.
    await fireEvent.click(await within(form).findByRole('checkbox', { name: 'ผู้ดูแล ขอนแก่น' }));
    await fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    await vi.waitFor(() => expect(screen.getByTestId('agencies-status').textContent).toBe('เพิ่มหน่วยงานผู้ใช้แล้ว'));
    expect(saves()).toEqual([
      { version: 0, name_th: 'สำนักงานจังหวัดขอนแก่น', name_en: '', needs: '', workplace: '', qualifications: '', requiresNda: false, supervisorIds: ['s9'], universityId: 'u2' },
    ]);
  });

  it('names a missing Thai name at its field when adding, and cannot be changed by a tambon coordinator', async () => {
    calls = stubApi(() => ok([]));
    render(ModuleHarness, as('university_staff').props(Agencies));
    await fireEvent.click(await screen.findByRole('button', { name: 'เพิ่มหน่วยงานผู้ใช้' }));
    const form = screen.getByTestId('agency-form');
    await fireEvent.click(within(form).getByRole('button', { name: 'บันทึก' }));
    await vi.waitFor(() => expect(within(form).getByRole('textbox', { name: 'ชื่อหน่วยงาน (ภาษาไทย)' }).getAttribute('aria-invalid')).toBe('true'));
    expect(saves()).toEqual([]);
    cleanup();
    render(ModuleHarness, as('tambon_coordinator').props(Agencies));
    await screen.findByText('ยังไม่มีหน่วยงานผู้ใช้');
    expect(screen.queryByRole('button', { name: 'เพิ่มหน่วยงานผู้ใช้' })).toBeNull();
  });
});
