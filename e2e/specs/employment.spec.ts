import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { superuserClient } from '@otou/server';
import { expect, PASSWORD, test } from '../fixtures/platform.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { ShellPage } from '../pages/ShellPage.ts';

// The platform's clock stands on 28 February 2564 (fixtures/globalSetup.ts). Chulalongkorn's third tambon (190206) hires
// nobody in the demo: this story recruits there from an empty tambon, so it runs again on the same platform.
const TAMBON = '190206';
const AGENCY = 'สำนักงานทะเบียนอำเภอ (ทดสอบ NDA)';
const HEADER = ['เลขประจำตัวประชาชน', 'ชื่อ', 'นามสกุล', 'ประเภท', 'รหัสตำบลตามบัตรประชาชน', 'คะแนนคัดเลือก'];
// Valid national IDs (their check digits computed by the domain's rule) for six local citizens, best score first.
const PEOPLE = [
  ['1902060000017', 'กมล', 'หนองโน', 95],
  ['1902060000025', 'ขวัญ', 'หนองโน', 90],
  ['1902060000033', 'คำ', 'หนองโน', 85],
  ['1902060000041', 'งาม', 'หนองโน', 80],
  ['1902060000050', 'จันทร์', 'หนองโน', 75],
  ['1902060000068', 'ฉวี', 'หนองโน', 70],
] as const;

async function admin() {
  return superuserClient(process.env['PLATFORM_PB_URL']!, JSON.parse(process.env['PLATFORM_PB_SUPERUSER']!));
}

/** The tambon's id, with every employment row of it gone (a previous run's), and the national ID of a worker hired at Huai Haeng. */
async function freshTambon() {
  const pb = await admin();
  const tambon = await pb.collection('tambons').getFirstListItem(pb.filter('code = {:c}', { c: TAMBON }));
  const byTambon = { filter: pb.filter('tambon = {:t}', { t: tambon.id }), fields: 'id' };
  for (const r of await pb.collection('employment_events').getFullList(byTambon)) await pb.collection('employment_events').delete(r.id);
  // Replacements first: a contract another one replaces is deleted after it.
  for (const r of await pb.collection('employment_contracts').getFullList({ ...byTambon, sort: '-created' })) await pb.collection('employment_contracts').delete(r.id);
  for (const c of ['employment_selections', 'employment_applicants'] as const) for (const r of await pb.collection(c).getFullList(byTambon)) await pb.collection(c).delete(r.id);
  for (const [id] of PEOPLE) for (const r of await pb.collection('employment_people').getFullList({ filter: pb.filter('national_id = {:id}', { id }), fields: 'id' })) await pb.collection('employment_people').delete(r.id);
  const hh = await pb.collection('tambons').getFirstListItem(pb.filter('code = "190204"'));
  const hired = await pb.collection('employment_contracts').getFirstListItem(pb.filter('tambon = {:t} && status = "active"', { t: hh.id }), { expand: 'person' });
  const hiredId = (await pb.collection('employment_people').getOne(hired['person'] as string))['national_id'] as string;
  return { tambonId: tambon.id, hiredId };
}

const csv = (rows: readonly (readonly (string | number)[])[]) => Buffer.from(`\uFEFF${rows.map((r) => r.join(',')).join('\r\n')}\r\n`, 'utf8');

/** An Excel workbook of the rows, as a university fills in the template (IDs typed as text, scores as numbers). */
async function xlsx(rows: readonly (readonly (string | number)[])[]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ผู้สมัคร');
  for (const r of rows) ws.addRow([...r]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function signIn(page: Page, email: string) {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(email, PASSWORD);
  await new ShellPage(page).expectSignedIn();
}

/** Types a whole BE date into a date field's day box (it fills day, month and year). */
async function typeDate(scope: ReturnType<Page['locator']>, label: string, text: string) {
  await scope.getByRole('group', { name: label }).getByRole('textbox', { name: 'วัน' }).fill(text);
}

/** Every text cell of a downloaded workbook's first sheet. */
async function cellsOf(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out: string[] = [];
  wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => out.push(String(cell.text ?? ''))));
  return out;
}

test('university staff import applicants (a CSV with every bad row shown, then a clean Excel file), rank them, make a contract, record a resignation that promotes the reserve, and download the Ministry of Labour files', async ({ page, shell }) => {
  test.slow(); // one person, nine pages, two downloads
  const { tambonId, hiredId } = await freshTambon();
  const employment = shell.module('employment');
  await signIn(page, 'staff.cu@otou.demo');

  await test.step('from the module home to the tambon, then its import', async () => {
    await page.goto('/employment');
    await employment.getByTestId('next-tambons').click();
    await employment.getByRole('textbox', { name: /^ค้นหาตำบล/ }).fill(TAMBON);
    const row = employment.locator(`tr[data-tambon="${TAMBON}"]`);
    await row.getByRole('link', { name: 'ผู้สมัคร' }).click();
    await expect(employment.getByTestId('applicants-tambon')).toContainText(`(รหัส ${TAMBON})`);
    await employment.getByRole('link', { name: 'นำเข้าผู้สมัครจากไฟล์ CSV หรือ Excel' }).click();
    await expect(page).toHaveURL(`/employment/tambon/${tambonId}/import`);
  });

  await test.step('a file with bad rows: every row, column and reason, nothing imported', async () => {
    await employment.getByTestId('import-file').setInputFiles({
      name: 'applicants-bad.csv',
      mimeType: 'text/csv',
      buffer: csv([
        HEADER,
        ['1902060000093', 'ผิด', 'เลขตรวจ', 'ประชาชน', TAMBON, 50],
        ['1902060000076', '=HYPERLINK("http://x")', 'สูตร', 'ประชาชน', TAMBON, 50],
        [hiredId, 'มี', 'สัญญาแล้ว', 'ประชาชน', TAMBON, 50],
        ['1902060000084', 'ผิด', 'ประเภท', 'ช่างไฟ', TAMBON, 50],
      ]),
    });
    const problems = employment.getByTestId('import-problems');
    await expect(problems.getByRole('heading')).toHaveText('พบปัญหา 4 รายการใน 4 แถว (ตรวจ 4 แถว)');
    const rows = problems.locator('tbody tr');
    await expect(rows).toHaveCount(4);
    await expect(rows.nth(0)).toContainText('2เลขประจำตัวประชาชนเลขประจำตัวประชาชนไม่ถูกต้อง (เลขตรวจสอบหลักสุดท้ายไม่ตรง)');
    await expect(rows.nth(1)).toContainText('3ชื่อช่องนี้เป็นสูตร');
    await expect(rows.nth(2)).toContainText('4เลขประจำตัวประชาชนบุคคลนี้มีสัญญาจ้างที่ยังมีผลอยู่แล้ว');
    await expect(rows.nth(3)).toContainText('5ประเภทกรุณาเลือกประเภทผู้ถูกจ้างงาน');
    await expect(employment.getByText('ยังไม่ได้นำเข้าผู้ใดจากไฟล์นี้')).toBeVisible();
    await expect(employment.getByRole('button', { name: /^นำเข้าผู้สมัคร \d+ คน$/ })).toHaveCount(0);
  });

  await test.step('a clean Excel file: checked, then imported when asked', async () => {
    await employment.getByTestId('import-file').setInputFiles({
      name: 'applicants.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await xlsx([HEADER, ...PEOPLE.map(([id, first, last, score]) => [id, first, last, 'ประชาชน', TAMBON, score])]),
    });
    await expect(employment.getByTestId('import-clean')).toContainText('พร้อมนำเข้าผู้สมัคร 6 คน');
    await employment.getByRole('button', { name: 'นำเข้าผู้สมัคร 6 คน' }).click();
    await expect(employment.getByTestId('import-status')).toHaveText('นำเข้าผู้สมัครแล้ว 6 คน');
    await employment.getByRole('link', { name: 'ดูรายชื่อผู้สมัคร' }).click();
    const table = employment.getByRole('table');
    await expect(table.locator('tbody tr[data-eligible="true"]')).toHaveCount(6);
    // Lists show national IDs masked to their last digits.
    await expect(table).toContainText('x-xxxx-xxxxx-01-7');
    await expect(table).not.toContainText('1902060000017');
    // English on request, the same page.
    await shell.switchLanguage();
    await expect(employment.getByRole('heading', { level: 1 })).toHaveText('Applicants');
    await expect(table.locator('tbody tr').first()).toContainText('Eligible Domicile on the ID card in the area');
    await shell.switchLanguage();
    await expect(employment.getByRole('heading', { level: 1 })).toHaveText('ผู้สมัคร');
  });

  await test.step('ranking by keyboard: five get contracts, the sixth is the reserve', async () => {
    await employment.getByRole('navigation', { name: 'ขั้นตอนการจ้างงานของตำบล' }).getByRole('link', { name: 'จัดลำดับและคัดเลือก' }).click();
    const list = employment.getByTestId('selection-order');
    await expect(list.locator('li[data-id]')).toHaveCount(6);
    await expect(list.locator('li[data-id]').first()).toContainText('กมล หนองโน');
    // ฉวี (last, lowest score) moves up above จันทร์ with Alt+↑: จันทร์ becomes the reserve.
    await list.getByRole('button', { name: 'เลื่อน ฉวี หนองโน ขึ้น' }).press('Alt+ArrowUp');
    await expect(list.locator('li[data-id]').nth(4)).toContainText('ฉวี หนองโน');
    await employment.getByRole('button', { name: 'ยืนยันการคัดเลือกตามลำดับนี้' }).click();
    await expect(employment.getByTestId('selection-status')).toHaveText('คัดเลือกแล้ว: ได้ทำสัญญา 5 คน บัญชีสำรอง 1 คน');
    await expect(employment.getByTestId('selection-chosen').getByRole('listitem')).toHaveText(['กมล หนองโน', 'ขวัญ หนองโน', 'คำ หนองโน', 'งาม หนองโน', 'ฉวี หนองโน']);
    await expect(employment.getByTestId('selection-reserve').getByRole('listitem')).toHaveText(['จันทร์ หนองโน']);
  });

  await test.step("a contract for the first chosen, at the position's rate, with the worker's password shown once", async () => {
    await employment.getByRole('link', { name: 'ไปทำสัญญาจ้าง' }).click();
    const form = employment.getByTestId('contract-form');
    await form.getByRole('combobox', { name: 'ผู้ได้รับคัดเลือก' }).selectOption({ label: 'กมล หนองโน · ประชาชน' });
    await typeDate(form, 'วันเริ่มสัญญา', '1/2/2564');
    await typeDate(form, 'วันสิ้นสุดสัญญา', '31/1/2565');
    await form.getByRole('button', { name: 'ทำสัญญา' }).click();
    await expect(employment.getByTestId('temporary-password')).toHaveText(/\S{8,}/);
    const row = employment.locator('tr[data-status="active"]', { hasText: 'กมล หนองโน' });
    await expect(row).toContainText('9,000');
  });

  await test.step('a user agency of the data track that requires an NDA, with its supervisor', async () => {
    await page.goto('/employment/agencies');
    await employment.getByRole('button', { name: 'เพิ่มหน่วยงานผู้ใช้' }).click();
    const form = employment.getByTestId('agency-form');
    await form.getByRole('textbox', { name: 'ชื่อหน่วยงาน (ภาษาไทย)' }).fill(AGENCY);
    await form.getByRole('textbox', { name: 'ความต้องการ' }).fill('จัดทำข้อมูลทะเบียนให้เป็นดิจิทัล');
    await form.getByRole('textbox', { name: 'สถานที่ปฏิบัติงาน' }).fill('ที่ว่าการอำเภอ');
    await form.getByRole('switch', { name: 'ต้องลงนามสัญญาปกปิดความลับ (NDA)' }).click();
    await form.getByRole('checkbox', { name: 'มาลี หน่วยงานผู้ใช้' }).check();
    await form.getByRole('button', { name: 'บันทึก' }).click();
    await expect(employment.getByTestId('agencies-status')).toHaveText('เพิ่มหน่วยงานผู้ใช้แล้ว');
    const card = employment.locator('li[data-agency]', { hasText: AGENCY }).last();
    await expect(card).toContainText('ต้องมี NDA');
    await expect(card).toContainText('มาลี หน่วยงานผู้ใช้');
  });

  await test.step('a contract placed with that agency needs its signed NDA', async () => {
    await page.goto(`/employment/tambon/${tambonId}/contracts`);
    const form = employment.getByTestId('contract-form');
    await form.getByRole('combobox', { name: 'ผู้ได้รับคัดเลือก' }).selectOption({ label: 'ขวัญ หนองโน · ประชาชน' });
    await typeDate(form, 'วันเริ่มสัญญา', '1/3/2564');
    await typeDate(form, 'วันสิ้นสุดสัญญา', '28/2/2565');
    await form.getByRole('combobox', { name: /^หน่วยงานผู้ใช้/ }).selectOption({ label: AGENCY });
    await form.getByRole('button', { name: 'ทำสัญญา' }).click();
    await expect(form).toContainText('หน่วยงานผู้ใช้นี้กำหนดให้แนบสัญญาปกปิดความลับ (NDA) กรุณาแนบก่อนทำสัญญา');
    await form.getByTestId('nda-file').setInputFiles({ name: 'nda.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
    await form.getByRole('button', { name: 'ทำสัญญา' }).click();
    await expect(employment.getByTestId('contract-status')).toHaveText('ทำสัญญาจ้าง ขวัญ หนองโน แล้ว');
    await employment.locator('tr[data-status="active"]', { hasText: 'ขวัญ หนองโน' }).getByRole('link').click();
    await expect(employment.getByTestId('contract-facts')).toContainText(`${AGENCY} · ต้องมี NDA`);
    // Back to the first contract, for its resignation.
    await page.goBack();
    await employment.locator('tr[data-status="active"]', { hasText: 'กมล หนองโน' }).getByRole('link').click();
  });

  await test.step("a resignation needs a month's notice; recorded, the reserve gets a contract", async () => {
    const form = employment.getByTestId('resign-form');
    await typeDate(form, 'วันที่แจ้งลาออก', '28/2/2564');
    await typeDate(form, 'วันทำงานวันสุดท้าย', '15/3/2564');
    await form.getByRole('button', { name: 'บันทึกการลาออก' }).click();
    await expect(form.getByRole('group', { name: 'วันทำงานวันสุดท้าย' })).toContainText('ต้องแจ้งลาออกล่วงหน้าอย่างน้อย 1 เดือน: แจ้งวันที่ 28/2/2564 วันทำงานวันสุดท้ายต้องไม่ก่อนวันที่ 28/3/2564');
    await typeDate(form, 'วันทำงานวันสุดท้าย', '31/3/2564');
    await form.getByRole('button', { name: 'บันทึกการลาออก' }).click();
    const confirm = form.getByTestId('resign-confirm');
    await expect(confirm).toContainText('บันทึกการลาออกของ กมล หนองโน โดยทำงานวันสุดท้ายวันที่ 31 มี.ค. 2564');
    await confirm.getByRole('button', { name: 'ยืนยัน' }).click();
    const promotion = employment.getByTestId('promotion');
    await expect(promotion).toContainText('ทำสัญญาจ้างแทนให้ จันทร์ หนองโน (สำรองลำดับถัดไป) แล้ว เริ่มงานวันที่ 1 เม.ย. 2564');
    await expect(employment.getByTestId('contract-facts')).toHaveAttribute('data-status', 'resigned');
    // The history names the resignation with its days, and who recorded it.
    await expect(employment.getByTestId('contract-history')).toContainText('วันทำงานวันสุดท้าย: 31 มี.ค. 2564');
    await expect(employment.getByTestId('contract-history')).toContainText('ปริญญา จุฬาฯ');
    await promotion.getByRole('link', { name: 'เปิดสัญญาจ้างแทน' }).click();
    await expect(employment.getByRole('heading', { level: 1 })).toHaveText('จันทร์ หนองโน');
    await expect(employment.getByTestId('contract-facts')).toContainText('1 เม.ย. 2564 – 31 ม.ค. 2565');
  });

  await test.step("the Ministry of Labour's two files", async () => {
    await page.goto('/employment/exports');
    const [open] = await Promise.all([page.waitForEvent('download'), employment.getByTestId('download-open-positions').getByRole('button').click()]);
    expect(open.suggestedFilename()).toMatch(/\.xlsx$/);
    const openCells = await cellsOf(await open.path());
    expect(openCells.some((c) => c.includes('ตำแหน่งงานว่างภาครัฐ'))).toBe(true);
    const [tracking] = await Promise.all([page.waitForEvent('download'), employment.getByTestId('download-tracking').getByRole('button').click()]);
    expect(tracking.suggestedFilename()).toMatch(/\.xlsx$/);
    const trackingCells = await cellsOf(await tracking.path());
    expect(trackingCells.some((c) => c.includes('แบบติดตามการจ้างงานหน่วยงานภาครัฐ รัฐวิสาหกิจ และองค์การมหาชน'))).toBe(true);
    // The resignation and the replacement are in the tracking file.
    expect(trackingCells.some((c) => c.includes('กมล'))).toBe(true);
    expect(trackingCells.some((c) => c.includes('จันทร์'))).toBe(true);
  });
});

test('the central office adds a user agency for the university it chooses, told at the field when it has not chosen', async ({ page, shell }) => {
  const name = 'สำนักงานสถิติจังหวัด (เพิ่มโดยส่วนกลาง)';
  const pb = await admin();
  for (const r of await pb.collection('employment_agencies').getFullList({ filter: pb.filter('name_th = {:n}', { n: name }), fields: 'id' })) await pb.collection('employment_agencies').delete(r.id);
  const employment = shell.module('employment');
  await signIn(page, 'central@otou.demo');
  await page.goto('/employment/agencies');
  await employment.getByRole('button', { name: 'เพิ่มหน่วยงานผู้ใช้' }).click();
  const form = employment.getByTestId('agency-form');
  await form.getByRole('textbox', { name: 'ชื่อหน่วยงาน (ภาษาไทย)' }).fill(name);
  await form.getByRole('button', { name: 'บันทึก' }).click();
  await expect(form).toContainText('กรุณาเลือกมหาวิทยาลัยเจ้าของหน่วยงานผู้ใช้');
  await form.getByRole('combobox', { name: 'มหาวิทยาลัยเจ้าของหน่วยงาน' }).selectOption({ label: 'จุฬาลงกรณ์มหาวิทยาลัย' });
  await form.getByRole('button', { name: 'บันทึก' }).click();
  await expect(employment.getByTestId('agencies-status')).toHaveText('เพิ่มหน่วยงานผู้ใช้แล้ว');
  await expect(employment.locator('li[data-agency]', { hasText: name })).toBeVisible();
  const saved = await pb.collection('employment_agencies').getFirstListItem(pb.filter('name_th = {:n}', { n: name }), { expand: 'university' });
  expect(saved.expand?.['university']?.['code']).toBe('CU');
});
