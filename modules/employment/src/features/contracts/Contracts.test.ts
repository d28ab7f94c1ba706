import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { DEFAULT_POSITIONS, employmentModule } from '@otou/domain';
import { moduleHarness, ModuleHarness, ok, stubApi, type ApiCall } from '@otou/sdk/testing';
import { applicantRow } from '../applicants/applicantRow.testing.ts';
import ContractPage from './ContractPage.svelte';
import Contracts from './Contracts.svelte';
import type { AgencyRow, ContractDetail } from './types.ts';

let calls: ApiCall[] = [];
const sent = (path: string) => calls.filter((c) => c.path === path).map((c) => c.input);
const staff = () => moduleHarness({ manifest: employmentModule, user: { role: 'university_staff', placement: { level: 'university', universityId: 'u1' } } as never });
const chosen = applicantRow({ type: 'graduate', status: 'chosen', rank: 1, version: 2 });
const agency: AgencyRow = { id: 'ag1', universityId: 'u1', name_th: 'สำนักงานสถิติจังหวัด', name_en: '', needs: '', workplace: '', qualifications: '', requiresNda: true, supervisors: [], workers: 0, version: 1 };
const answers = (path: string) => {
  if (path === 'employment.applicant.list') return { tambon: { id: 't1', code: '190204', name_th: 'ห้วยแห้ง', name_en: '' }, positions: DEFAULT_POSITIONS, applicants: [chosen] };
  if (path === 'employment.contract.list') return [];
  if (path === 'employment.agency.list') return [agency];
  if (path === 'employment.contract.create') return { contract: { id: 'c1' }, account: { email: 'somchai@example.com', temporaryPassword: 'Kx7-pq2-Lm9' } };
  throw new Error(path);
};
const typeDate = async (form: HTMLElement, group: string, text: string) => {
  const fieldset = within(form).getByRole('group', { name: group });
  await fireEvent.input(within(fieldset).getByRole('textbox', { name: 'วัน' }), { target: { value: text } });
};

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('contracts', { timeout: 20_000 }, () => {
  it("makes a contract for a chosen applicant at the position's rate and shows the worker's temporary password once", async () => {
    calls = stubApi((path) => ok(answers(path)));
    render(ModuleHarness, staff().props(Contracts, { tambonId: 't1' }));
    const form = await screen.findByTestId('contract-form');
    expect(form.textContent).toContain('เว้นว่างเพื่อใช้อัตราของตำแหน่ง 15,000 บาท');
    await typeDate(form, 'วันเริ่มสัญญา', '1/1/2564');
    await typeDate(form, 'วันสิ้นสุดสัญญา', '31/12/2564');
    await fireEvent.click(within(form).getByRole('button', { name: 'ทำสัญญา' }));
    await vi.waitFor(() => expect(screen.getByTestId('temporary-password').textContent).toBe('Kx7-pq2-Lm9'));
    expect(screen.getByTestId('contract-account').textContent).toContain('somchai@example.com');
    expect(sent('employment.contract.create')).toEqual([{ tambonId: 't1', applicantId: 'a1', type: 'graduate', start: '2021-01-01', end: '2021-12-31', rate: 15000, agencyId: null, nda: null }]);
    await fireEvent.click(screen.getByRole('button', { name: 'จดรหัสผ่านแล้ว' }));
    expect(screen.queryByTestId('temporary-password')).toBeNull();
  });

  it('asks for the signed NDA when the agency requires one, and names a contract ending before it starts at its field', async () => {
    calls = stubApi((path) => ok(answers(path)));
    render(ModuleHarness, staff().props(Contracts, { tambonId: 't1' }));
    const form = await screen.findByTestId('contract-form');
    await vi.waitFor(() => within(form).getByRole('combobox', { name: 'หน่วยงานผู้ใช้ (โครงการ Digitalizing Government Data)' }));
    await fireEvent.change(within(form).getByRole('combobox', { name: 'หน่วยงานผู้ใช้ (โครงการ Digitalizing Government Data)' }), { target: { value: 'ag1' } });
    expect(screen.getByTestId('nda-file')).toBeTruthy();
    await typeDate(form, 'วันเริ่มสัญญา', '1/6/2564');
    await typeDate(form, 'วันสิ้นสุดสัญญา', '31/5/2564');
    await fireEvent.click(within(form).getByRole('button', { name: 'ทำสัญญา' }));
    await vi.waitFor(() => expect(form.textContent).toContain('หน่วยงานผู้ใช้นี้กำหนดให้แนบสัญญาปกปิดความลับ (NDA) กรุณาแนบก่อนทำสัญญา'));
    expect(within(form).getByRole('group', { name: 'วันสิ้นสุดสัญญา' }).textContent).toContain('วันสิ้นสุดสัญญาต้องไม่ก่อนวันเริ่มสัญญา');
    expect(sent('employment.contract.create')).toEqual([]);
  });
});

const detail: ContractDetail = {
  contract: {
    id: 'c1',
    firstName: 'สมชาย',
    lastName: 'ใจดี',
    applicantId: 'a1',
    universityId: 'u1',
    networkId: 'n1',
    workerId: 'w1',
    nationalIdMasked: 'x-xxxx-xxxxx-70-8',
    type: 'citizen',
    start: '2021-01-01',
    end: '2021-12-31',
    rate: 9000,
    status: 'active',
    noticeOn: null,
    lastWorkingDay: null,
    resignReason: '',
    tambonId: 't1',
    agencyId: null,
    hasNda: false,
    replaces: null,
    version: 3,
  },
  nationalId: '1101700230708',
  nationalIdWhole: true,
  tambon: { id: 't1', code: '190204', name_th: 'ห้วยแห้ง', name_en: 'Huai Haeng' },
  agency: null,
  reports: [],
  payments: [],
  events: [{ id: 'e1', at: '2021-01-01T03:00:00Z', action: 'contract', by: 'เจ้าหน้าที่ มจธ.', reason: '', changes: { type: 'citizen', start: '2021-01-01', end: '2021-12-31', rate: 9000, agency: null } }],
};

describe('a contract', { timeout: 20_000 }, () => {
  it("refuses a resignation with less than a month's notice at the field, then records it and shows the reserve promoted", async () => {
    calls = stubApi((path) =>
      ok(
        path === 'employment.resignation.record'
          ? {
              contract: { ...detail.contract, status: 'resigned' },
              promotion: { kind: 'promoted', contractId: 'c2', applicantId: 'a9', name: 'สมศรี รักดี', start: '2021-04-16', end: '2021-12-31', account: { email: 'somsri@example.com', temporaryPassword: 'Tmp-123-456' } },
            }
          : detail,
      ),
    );
    render(ModuleHarness, staff().props(ContractPage, { contractId: 'c1' }));
    const form = await screen.findByTestId('resign-form');
    const history = screen.getByTestId('contract-history').textContent;
    expect(history).toContain('ทำสัญญา');
    // What the contract event recorded, in the page's words and BE days.
    expect(history).toContain('วันเริ่มสัญญา: 1 ม.ค. 2564');
    expect(history).toContain('ค่าจ้างต่อเดือน (บาท): 9,000 บาท');
    expect(history).toContain('ประเภทผู้ถูกจ้างงาน: ประชาชน');
    // Staff of the contract's university read the whole ID, grouped as on the card.
    expect(screen.getByTestId('contract-national-id').textContent).toBe('1-1017-00230-70-8');
    await typeDate(form, 'วันที่แจ้งลาออก', '15/3/2564');
    expect(screen.getByTestId('earliest').textContent).toBe('วันทำงานวันสุดท้ายต้องไม่ก่อน 15 เม.ย. 2564');
    await typeDate(form, 'วันทำงานวันสุดท้าย', '31/3/2564');
    await fireEvent.click(within(form).getByRole('button', { name: 'บันทึกการลาออก' }));
    await vi.waitFor(() => expect(within(form).getByRole('group', { name: 'วันทำงานวันสุดท้าย' }).textContent).toContain('ต้องแจ้งลาออกล่วงหน้าอย่างน้อย 1 เดือน: แจ้งวันที่ 15/3/2564 วันทำงานวันสุดท้ายต้องไม่ก่อนวันที่ 15/4/2564'));
    expect(sent('employment.resignation.record')).toEqual([]);

    await typeDate(form, 'วันทำงานวันสุดท้าย', '15/4/2564');
    await fireEvent.click(within(form).getByRole('button', { name: 'บันทึกการลาออก' }));
    // Right days are confirmed first: nothing is sent before.
    const confirm = await screen.findByTestId('resign-confirm');
    expect(confirm.textContent).toContain('บันทึกการลาออกของ สมชาย ใจดี โดยทำงานวันสุดท้ายวันที่ 15 เม.ย. 2564');
    expect(sent('employment.resignation.record')).toEqual([]);
    await fireEvent.click(within(confirm).getByRole('button', { name: 'ยืนยัน' }));
    await vi.waitFor(() => expect(screen.getByTestId('promotion').textContent).toContain('ทำสัญญาจ้างแทนให้ สมศรี รักดี (สำรองลำดับถัดไป) แล้ว เริ่มงานวันที่ 16 เม.ย. 2564'));
    expect(screen.getByTestId('temporary-password').textContent).toBe('Tmp-123-456');
    expect(sent('employment.resignation.record')).toEqual([{ contractId: 'c1', version: 3, noticeOn: '2021-03-15', lastWorkingDay: '2021-04-15', reason: '' }]);
    expect(within(screen.getByTestId('promotion')).getByRole('link', { name: 'เปิดสัญญาจ้างแทน' }).getAttribute('href')).toBe('/employment/contract/c2');
  });
  it("tells a worker who recorded their own resignation who replaces them, without the replacement's password or contract", async () => {
    calls = stubApi((path) =>
      ok(
        path === 'employment.resignation.record'
          ? { contract: { ...detail.contract, status: 'resigned' }, promotion: { kind: 'promoted', contractId: 'c2', applicantId: 'a9', name: 'สมศรี รักดี', start: '2021-04-16', end: '2021-12-31', account: null } }
          : { ...detail, nationalId: detail.contract.nationalIdMasked, nationalIdWhole: false, events: [] },
      ),
    );
    const worker = moduleHarness({ manifest: employmentModule, user: { id: 'w1', role: 'worker', placement: { level: 'tambon', tambonId: 't1' } } as never });
    render(ModuleHarness, worker.props(ContractPage, { contractId: 'c1' }));
    const form = await screen.findByTestId('resign-form');
    await typeDate(form, 'วันที่แจ้งลาออก', '15/3/2564');
    await typeDate(form, 'วันทำงานวันสุดท้าย', '15/4/2564');
    await fireEvent.click(within(form).getByRole('button', { name: 'บันทึกการลาออก' }));
    await fireEvent.click(within(await screen.findByTestId('resign-confirm')).getByRole('button', { name: 'ยืนยัน' }));
    await vi.waitFor(() => expect(screen.getByTestId('promotion').textContent).toContain('ทำสัญญาจ้างแทนให้ สมศรี รักดี (สำรองลำดับถัดไป) แล้ว เริ่มงานวันที่ 16 เม.ย. 2564'));
    expect(screen.queryByTestId('temporary-password')).toBeNull();
    expect(within(screen.getByTestId('promotion')).queryByRole('link')).toBeNull();
    expect(sent('employment.resignation.record')).toEqual([{ contractId: 'c1', version: 3, noticeOn: '2021-03-15', lastWorkingDay: '2021-04-15', reason: '' }]);
  });
});
