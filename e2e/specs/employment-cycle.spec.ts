import { readFile } from 'node:fs/promises';
import { superuserClient } from '@otou/server';
import { expect, PASSWORD, test } from '../fixtures/platform.ts';
import { BudgetPage } from '../pages/BudgetPage.ts';
import { ShellPage } from '../pages/ShellPage.ts';

// The platform's clock stands on 28 February 2564 (fixtures/globalSetup.ts). The demo (server/src/seed/employmentDemo.ts):
// สุดา ห้วยแห้ง (worker.huaihaeng@otou.demo), a graduate at Huai Haeng since January, has not reported February; Huai
// Haeng's February budget month is approved; its first citizen has served since August 2563 with every month passed.
// This file sorts after the budget specs, which need that February approved.
const WORK = 'จัดเก็บข้อมูลครัวเรือนเป้าหมาย TPMAP หมู่ 3 และหมู่ 5 รวม 42 ครัวเรือน';
const TRAINING = 'ทักษะดิจิทัล (Digital Literacy) 10 ก.พ. 2564';

/** Huai Haeng's longest-serving worker (eligible for the certificate) and สุดา's contract (too new for it). */
async function demoContracts() {
  const pb = await superuserClient(process.env['PLATFORM_PB_URL']!, JSON.parse(process.env['PLATFORM_PB_SUPERUSER']!));
  const hh = await pb.collection('tambons').getFirstListItem(pb.filter('code = "190204"'));
  const list = await pb.collection('employment_contracts').getFullList({ filter: pb.filter('tambon = {:t}', { t: hh.id }), sort: 'start,@rowid' });
  const worker = await pb.collection('users').getFirstListItem(pb.filter('email = "worker.huaihaeng@otou.demo"'));
  return { eligible: list[0]!, newcomer: list.find((c) => c['worker'] === worker.id)! };
}

test('a worker reports February; staff accept it once the budget month is reopened; the pay is the budget\'s computed 1.2; the certificate only for who earned it', async ({ page, loginPage, signInAs }) => {
  test.slow(); // three people, two modules
  const { eligible, newcomer } = await demoContracts();
  const worker = new ShellPage(page).module('employment');

  await test.step('When สุดา signs in and submits her February report from the module\'s home', async () => {
    await loginPage.open();
    await loginPage.signIn('worker.huaihaeng@otou.demo', PASSWORD);
    await new ShellPage(page).expectSignedIn();
    await page.goto('/employment');
    const thisMonth = worker.getByTestId('this-month');
    await expect(thisMonth).toHaveText('รายงานเดือนกุมภาพันธ์ 2564');
    await thisMonth.click();
    const form = worker.getByTestId('report-form');
    await form.getByLabel('งานที่ทำในเดือนนี้').fill(WORK);
    await form.getByLabel('การอบรมที่เข้าร่วม').fill(TRAINING);
    await form.getByRole('button', { name: 'ส่งรายงาน' }).click();
    await expect(worker.getByTestId('report-status-line')).toHaveText('ส่งรายงานเดือนกุมภาพันธ์ 2564แล้ว รอตรวจรับ');
    await expect(form.getByTestId('report-status')).toHaveText('ส่งแล้ว รอตรวจรับ');
    await expect(form.getByLabel('งานที่ทำในเดือนนี้')).toHaveAttribute('readonly', '');
  });

  const staff = await signInAs('staff.cu@otou.demo');
  const queue = staff.module('employment');
  await test.step('Then Chulalongkorn staff find it in their queue; accepting it is refused while February\'s budget is approved, saying how to fix it', async () => {
    await staff.page.goto('/employment');
    await queue.getByTestId('next-queue').click();
    await queue.getByRole('link', { name: 'สุดา ห้วยแห้ง' }).click();
    const panel = queue.getByTestId('decide-panel');
    await expect(panel.getByTestId('report-work')).toHaveText(WORK);
    await expect(panel.getByTestId('report-training')).toHaveText(TRAINING);
    await expect(panel.getByTestId('report-pay')).toHaveText('เมื่อตรวจรับ จะจ่ายค่าจ้าง 15,000 บาท สำหรับ 28 วันจาก 28 วันของเดือน');
    await panel.getByRole('button', { name: 'ตรวจรับรายงาน' }).click();
    await expect(panel.getByTestId('decide-status')).toContainText('กรุณาให้ผู้อนุมัติงบประมาณเปิดรายงานเดือน 2/2564 ให้แก้ไขก่อน');
  });

  const approverShell = await signInAs('approver.cu@otou.demo');
  await test.step('When the approver reopens Huai Haeng\'s February budget, the staff accept the report as passed', async () => {
    const approver = new BudgetPage(approverShell.page);
    await approver.open();
    await approver.openTambon('ห้วยแห้ง');
    await approver.root.getByTestId('approval-panel').getByLabel('เหตุผลที่เปิดให้แก้ไข').fill('ตรวจรับรายงานเดือนกุมภาพันธ์ของผู้ถูกจ้างงานที่ส่งล่าช้า');
    await approver.root.getByRole('button', { name: 'เปิดให้แก้ไขอีกครั้ง' }).click();
    await expect(approver.root.getByTestId('approval-status')).toContainText('เปิดให้แก้ไข');
    // The approver, Chulalongkorn staff too, opens the same report before it is decided.
    await approverShell.page.goto(staff.page.url());
    await expect(approverShell.module('employment').getByTestId('report-work')).toHaveText(WORK);

    const panel = queue.getByTestId('decide-panel');
    await panel.getByRole('radio', { name: 'ผ่านการประเมิน', exact: true }).check();
    await panel.getByRole('button', { name: 'ตรวจรับรายงาน' }).click();
    await expect(panel.getByTestId('decide-status')).toHaveText('ตรวจรับรายงานของสุดา ห้วยแห้ง เดือนกุมภาพันธ์ 2564แล้ว และบันทึกการจ่ายค่าจ้าง');
  });

  await test.step('And a colleague who had the same report open and returns it is told who decided first, and how', async () => {
    const panel = approverShell.module('employment').getByTestId('decide-panel');
    await panel.getByLabel('เหตุผลที่ส่งกลับให้แก้ไข').fill('ขอรายละเอียดพื้นที่ที่ลงงาน');
    await panel.getByRole('button', { name: 'ส่งกลับให้แก้ไข' }).click();
    const notice = panel.getByTestId('decide-conflict');
    await expect(notice.getByRole('listitem')).toHaveText(['สถานะ: ตรวจรับแล้ว', 'ผลการประเมิน: ผ่านการประเมิน', 'โดย ปริญญา จุฬาฯ']);
    await expect(notice.getByRole('button')).toHaveCount(0);
  });

  await test.step('Then Huai Haeng\'s February budget shows 150,000 on line 1.2, computed from pay and not typed', async () => {
    const budget = new BudgetPage(staff.page);
    await budget.open();
    await budget.openTambon('ห้วยแห้ง');
    await budget.chooseMonth('กุมภาพันธ์ 2564');
    await expect(budget.actualInput('1.2')).toHaveValue('150,000');
    await expect(budget.actualInput('1.2')).toBeDisabled();
    await expect(budget.form.getByRole('rowheader', { name: /^1\.2 / })).toContainText('ค่าจ้างจากระบบการจ้างงาน');
  });

  await test.step('And สุดา sees February accepted and its pay', async () => {
    await page.goto('/employment/mine');
    await expect(worker.locator('tr[data-month="2021-02"]').getByTestId('report-status')).toHaveText('ตรวจรับแล้ว · ผ่านการประเมิน');
    await expect(worker.getByTestId('payments')).toContainText('ก.พ. 2564');
  });

  await test.step('The certificate: printable and downloadable as a PDF for Huai Haeng\'s longest-serving worker', async () => {
    await staff.page.goto(`/employment/certificate/${eligible.id}`);
    const cert = queue.getByTestId('certificate');
    await expect(cert).toContainText(`${eligible['first_name']} ${eligible['last_name']} ได้ปฏิบัติงานในฐานะผู้ถูกจ้างงานประเภทประชาชน ตำบลห้วยแห้ง ตั้งแต่วันที่ 1 สิงหาคม 2563`);
    await expect(cert).toContainText('จุฬาลงกรณ์มหาวิทยาลัย');
    // Printed, the page is the certificate alone: no heading, buttons or platform bar around it.
    await staff.page.emulateMedia({ media: 'print' });
    await expect(cert).toBeVisible();
    await expect(queue.getByRole('heading', { level: 1 })).toBeHidden();
    await expect(queue.getByRole('button', { name: 'พิมพ์หนังสือรับรอง' })).toBeHidden();
    await expect(staff.who).toBeHidden();
    await staff.page.emulateMedia({ media: 'screen' });
    const [download] = await Promise.all([staff.page.waitForEvent('download'), queue.getByRole('button', { name: 'ดาวน์โหลด PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
  });

  await test.step('And for สุดา, two months in, the page says what is still missing instead', async () => {
    await page.goto(`/employment/certificate/${newcomer.id}`);
    const missing = worker.getByTestId('certificate-missing');
    await expect(missing).toContainText('ยังออกหนังสือรับรองให้สุดา ห้วยแห้งไม่ได้ เพราะ');
    await expect(missing.getByRole('listitem').first()).toContainText('จะครบ 6 เดือน');
    await expect(worker.getByRole('button', { name: 'ดาวน์โหลด PDF' })).toHaveCount(0);
  });
});
