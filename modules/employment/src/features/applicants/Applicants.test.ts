import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { DEFAULT_POSITIONS, employmentModule } from '@otou/domain';
import { moduleHarness, ModuleHarness, ok, stubApi, type ApiCall } from '@otou/sdk/testing';
import Applicants from './Applicants.svelte';
import { applicantRow } from './applicantRow.testing.ts';

let calls: ApiCall[] = [];
const adds = () => calls.filter((c) => c.path === 'employment.applicant.add').map((c) => c.input);
const row = applicantRow;
const list = {
  tambon: { id: 't1', code: '190204', name_th: 'ห้วยแห้ง', name_en: 'Huai Haeng' },
  positions: DEFAULT_POSITIONS,
  applicants: [
    row({}),
    row({ id: 'a2', firstName: 'สมหญิง', nationalIdMasked: 'x-xxxx-xxxxx-12-3', type: 'graduate', eligibility: { eligible: false, basis: null, problems: ['ภูมิลำเนาตามบัตรประชาชนอยู่นอกพื้นที่จ้างงาน ต้องมีเอกสารรับรองที่พักอาศัยในพื้นที่จ้างงาน'] } }),
  ],
};
const staff = () => moduleHarness({ manifest: employmentModule, user: { role: 'university_staff', placement: { level: 'university', universityId: 'u1' } } as never });

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe("a tambon's applicants", { timeout: 20_000 }, () => {
  it('lists masked IDs and says why an applicant is not eligible', async () => {
    calls = stubApi(() => ok(list));
    const h = staff();
    render(ModuleHarness, h.props(Applicants, { tambonId: 't1' }));
    const table = await screen.findByRole('table');
    expect(within(table).getByText('x-xxxx-xxxxx-70-8')).toBeTruthy();
    expect(table.textContent).not.toMatch(/\d{13}/);
    const ok1 = table.querySelector('tr[data-applicant="a1"]')!;
    expect(ok1.textContent).toContain('มีสิทธิ์');
    expect(ok1.textContent).toContain('ภูมิลำเนาตามบัตรประชาชนอยู่ในพื้นที่');
    const no = table.querySelector('tr[data-applicant="a2"]')!;
    expect(no.getAttribute('data-eligible')).toBe('false');
    expect(no.textContent).toContain('ยังไม่มีสิทธิ์');
    expect(no.textContent).toContain('ภูมิลำเนาตามบัตรประชาชนอยู่นอกพื้นที่จ้างงาน');
    h.locale.set('en');
    await vi.waitFor(() => expect(screen.getByTestId('applicants-tambon').textContent).toBe('Tambon Huai Haeng (code 190204)'));
  });

  it('checks the national ID as typed, asks for a residence certificate when the ID card is from elsewhere, and sends BE dates as days', async () => {
    calls = stubApi((path) => ok(path === 'employment.applicant.add' ? { id: 'new' } : list));
    render(ModuleHarness, staff().props(Applicants, { tambonId: 't1' }));
    const form = await screen.findByTestId('applicant-form');
    const id = within(form).getByRole('textbox', { name: 'เลขประจำตัวประชาชน 13 หลัก' });
    await fireEvent.input(id, { target: { value: '1-1017-00230-70-9' } });
    expect(id.getAttribute('aria-invalid')).toBe('true');
    expect(form.textContent).toContain('เลขตรวจสอบหลักสุดท้ายไม่ตรง');
    await fireEvent.input(id, { target: { value: '๑-๑๐๑๗-๐๐๒๓๐-๗๐-๘' } });
    expect(id.getAttribute('aria-invalid')).toBeNull();

    await fireEvent.input(within(form).getByRole('textbox', { name: 'ชื่อ' }), { target: { value: 'มานี' } });
    await fireEvent.input(within(form).getByRole('textbox', { name: 'นามสกุล' }), { target: { value: 'มีนา' } });
    expect(screen.queryByTestId('residence-fields')).toBeNull();
    await fireEvent.input(within(form).getByRole('textbox', { name: 'รหัสตำบลตามที่อยู่ในบัตรประชาชน' }), { target: { value: '190703' } });
    const residence = await screen.findByTestId('residence-fields');
    await fireEvent.click(within(form).getByRole('button', { name: 'เพิ่มผู้สมัคร' }));
    await vi.waitFor(() => expect(within(residence).getByRole('textbox', { name: 'เลขที่เอกสาร' }).getAttribute('aria-invalid')).toBe('true'));
    expect(adds()).toEqual([]);

    await fireEvent.input(within(residence).getByRole('textbox', { name: 'รหัสตำบลของที่พักอาศัย' }), { target: { value: '190204' } });
    await fireEvent.input(within(residence).getByRole('textbox', { name: 'เลขที่เอกสาร' }), { target: { value: 'สบ 123/2564' } });
    await fireEvent.input(within(residence).getByRole('textbox', { name: 'ผู้รับรอง (ชื่อและตำแหน่ง)' }), { target: { value: 'นายก อบต.' } });
    await fireEvent.input(within(residence).getByRole('textbox', { name: 'วัน' }), { target: { value: '5/1/2564' } });
    await fireEvent.click(within(form).getByRole('button', { name: 'เพิ่มผู้สมัคร' }));
    await vi.waitFor(() => expect(screen.getByTestId('applicant-status').textContent).toBe('เพิ่ม มานี มีนา แล้ว'));
    expect(adds()).toEqual([
      {
        tambonId: 't1',
        nationalId: '1101700230708',
        firstName: 'มานี',
        lastName: 'มีนา',
        type: 'citizen',
        idCardAreaCode: '190703',
        residence: { areaCode: '190204', kind: 'headmanLetter', reference: 'สบ 123/2564', issuedBy: 'นายก อบต.', issuedOn: '2021-01-05' },
        phone: null,
        email: null,
        score: null,
      },
    ]);
    // The form is empty again for the next applicant.
    expect((within(form).getByRole('textbox', { name: 'ชื่อ' }) as HTMLInputElement).value).toBe('');
  });
});
