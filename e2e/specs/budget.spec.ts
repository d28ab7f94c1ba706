import { expect, PASSWORD, test } from '../fixtures/platform.ts';
import { BudgetPage } from '../pages/BudgetPage.ts';

// The platform's clock stands on 28 February 2564 (see fixtures/globalSetup.ts): February's window is open.
// Lines 1.1–1.3 are not typed: in the Upper Central network they are the employment module's pay (the demo paid
// ตำบลท่าคล้อ's 20 workers for February: 45,000 / 150,000 / 25,000).
const FEBRUARY = { '2.1': 5_500, '2.2': 14_000, '2.3': 2_000 };

test('February is reported, submitted and approved, and the network sees its roll-up change', async ({ page, loginPage, signInAs }) => {
  const network = await test.step('Given the Upper Central network admin looks at the network roll-up', async () => {
    const s = await signInAs('network.uc@otou.demo');
    const b = new BudgetPage(s.page);
    await b.open();
    await b.root.getByTestId('overview').click();
    await expect(b.rollupChild('CU', 'actualToDate')).toHaveText('786,500');
    return b;
  });

  const budget = new BudgetPage(page);
  await test.step('When Chulalongkorn staff enter February for ตำบลท่าคล้อ and submit it', async () => {
    await loginPage.open();
    await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
    await budget.open();
    await expect(budget.root.locator('[data-tambon="190205"] [data-testid="tambon-status"]')).toHaveText('เปิดรับรายงาน');
    await budget.openTambon('ท่าคล้อ');
    await expect(budget.windowState).toContainText('เปิดรับรายงานถึง 2 มีนาคม 2564');
    // The employment lines show February's pay, computed, and can't be typed.
    await expect(budget.actualInput('1.2')).toHaveValue('150,000');
    await expect(budget.actualInput('1.2')).toBeDisabled();
    await expect(budget.form.getByRole('rowheader', { name: /^1\.2 / })).toContainText('ค่าจ้างจากระบบการจ้างงาน');
    await budget.enterActuals(FEBRUARY);
    await budget.form.getByRole('button', { name: 'บันทึกและส่งรายงาน' }).click();
    await expect(budget.form.getByTestId('actuals-status')).toHaveText('ส่งรายงานเดือนกุมภาพันธ์ 2564แล้ว รอมหาวิทยาลัยอนุมัติ');
  });

  await test.step('Then the month is locked; approved figures still count January only, and say so', async () => {
    await expect(budget.windowState).toHaveText('ส่งรายงานเดือนนี้แล้ว จึงแก้ไขไม่ได้');
    await expect(budget.actualInput('1.2')).toBeDisabled();
    await expect(budget.basisNote).toHaveText('นับเฉพาะเดือนที่อนุมัติแล้ว · เดือนที่นับ: ม.ค. 2564');
    await expect(budget.reportCell('total', 'actualToDate')).toHaveText('280,000');
  });

  await test.step('And the provisional figures add February (its pay and the typed lines), and the choice stays in the address', async () => {
    await budget.chooseBasis('รวมที่รออนุมัติ');
    await expect(budget.basisNote).toHaveText('ตัวเลขเบื้องต้น: รวมเดือนที่ส่งแล้วและรออนุมัติ · เดือนที่นับ: ม.ค. 2564 – ก.พ. 2564');
    await expect(page).toHaveURL(/[?&]b=provisional/);
    await expect(budget.reportCell('total', 'actualToDate')).toHaveText('521,500');
    await expect(budget.reportCell('1.2', 'actualToDate')).toHaveText('300,000');
    await expect(budget.reportCell('2.1', 'actualToDate')).toHaveText('35,500');
    await expect(budget.reportCell('total', 'achieved')).toHaveText('91.81');
    // The submitter cannot approve their own report.
    await expect(budget.root.getByTestId('approval-panel')).toContainText('ต้องให้เจ้าหน้าที่อีกคนอนุมัติ');
  });

  await test.step('When the approver approves it', async () => {
    const approver = new BudgetPage((await signInAs('approver.cu@otou.demo')).page);
    await approver.open();
    await expect(approver.root.locator('[data-tambon="190205"] [data-testid="tambon-status"]')).toHaveText('รออนุมัติ');
    await approver.openTambon('ท่าคล้อ');
    await approver.root.getByRole('button', { name: 'อนุมัติรายงานเดือนกุมภาพันธ์ 2564' }).click();
    await expect(approver.root.getByTestId('approval-status')).toHaveText('อนุมัติรายงานเดือนกุมภาพันธ์ 2564แล้ว');
  });

  await test.step('Then the network admin sees Chulalongkorn\'s roll-up grow by February\'s 241,500', async () => {
    await network.page.reload();
    await expect(network.rollupChild('CU', 'actualToDate')).toHaveText('1,028,000');
    await expect(network.basisNote).toHaveText('นับเฉพาะเดือนที่อนุมัติแล้ว · เดือนที่นับ: ม.ค. 2564 – ก.พ. 2564');
  });
});

test('outside the reporting window the form is closed and says why, until the central office allows a late report', async ({ page, loginPage, signInAs }) => {
  const budget = new BudgetPage(page);
  await loginPage.open();
  await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
  await budget.open();
  await budget.openTambon('หินซ้อน');
  await test.step('March has not opened yet', async () => {
    await budget.chooseMonth('มีนาคม 2564');
    await expect(budget.windowState).toHaveText(/^ยังไม่เปิดให้รายงานเดือนนี้ จะเปิดวันที่ 30 มีนาคม 2564/);
    await expect(budget.actualInput('2.1')).toBeDisabled();
    await expect(budget.form.getByRole('button', { name: 'บันทึกและส่งรายงาน' })).toHaveCount(0);
  });
  await test.step('January, never reported, closed on 2 February and says how to report late', async () => {
    await budget.chooseMonth('มกราคม 2564');
    await expect(budget.windowState).toHaveText(/^ปิดรับรายงานเดือนนี้แล้วเมื่อ 2 กุมภาพันธ์ 2564 .*ขอยกเว้นจากส่วนกลาง/);
    await expect(budget.actualInput('2.1')).toBeDisabled();
  });
  await test.step('When the central office allows January late, with a reason', async () => {
    const central = new BudgetPage((await signInAs('central@otou.demo')).page);
    await central.page.goto(page.url());
    await central.chooseMonth('มกราคม 2564');
    const panel = central.root.getByTestId('approval-panel');
    const until = central.dateField(panel, 'ส่งได้ถึงวันที่');
    // "2564-03-05" is the Buddhist-Era date: 5 March 2564, never CE 2564.
    await until.type('2564-03-05');
    await expect(until.year).toHaveValue('2564');
    await expect(until.month).toHaveValue('3');
    await panel.getByLabel('เหตุผล').fill('ผู้ประสานงานเจ็บป่วย');
    await panel.getByRole('button', { name: 'อนุญาตให้ส่งล่าช้า' }).click();
    await expect(panel.getByTestId('approval-status')).toHaveText('บันทึกการยกเว้นแล้ว');
  });
  await test.step('Then the staff can report January, and the history records the exception', async () => {
    await page.reload();
    await budget.chooseMonth('มกราคม 2564');
    await expect(budget.windowState).toHaveText('ได้รับยกเว้นให้ส่งล่าช้าได้ถึง 5 มีนาคม 2564');
    await budget.enterActuals({ '2.1': 30_000 });
    await budget.form.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(budget.form.getByTestId('actuals-status')).toHaveText('บันทึกแล้ว');
    await budget.root.getByTestId('history').locator('summary').click();
    await expect(budget.root.getByTestId('history')).toContainText('ยกเว้นให้ส่งล่าช้า');
    await expect(budget.root.getByTestId('history')).toContainText('ผู้ประสานงานเจ็บป่วย');
  });
});

test('bad figures are named at their field and nothing is saved', async ({ page, loginPage }) => {
  const budget = new BudgetPage(page);
  await loginPage.open();
  await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
  await budget.open();
  await budget.openTambon('หินซ้อน');
  await budget.enterActuals({ '2.1': 30_000, '2.4': 90_000 });
  await budget.actualInput('2.3').fill('-5');
  await budget.form.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(budget.form.getByRole('alert').filter({ hasText: 'รายการ 2.4 ใช้จ่ายรวม 90,000 บาท เกินงบประมาณ 80,000 บาท' })).toBeVisible();
  await expect(budget.form.getByRole('alert').filter({ hasText: 'จำนวนเงินต้องไม่ติดลบ' })).toBeVisible();
  await page.reload();
  await expect(budget.actualInput('2.1')).toHaveValue('');
});

test('the central office manages programme periods; a bad period is named at its field and not added', async ({ page, loginPage }) => {
  const budget = new BudgetPage(page);
  await loginPage.open();
  await loginPage.signIn('central@otou.demo', PASSWORD);
  await budget.open();
  const admin = budget.root.getByTestId('period-admin');
  await expect(admin.getByRole('listitem')).toHaveCount(1);
  await expect(admin.getByRole('listitem')).toContainText('มกราคม 2564 – ธันวาคม 2564');
  await expect(admin.getByRole('listitem')).toContainText('ใช้งานอยู่');
  await admin.getByLabel('รหัสช่วงโครงการ').fill('2565');
  await admin.getByLabel('ชื่อ (ไทย)').fill('โครงการปี 2565');
  await admin.getByLabel('ชื่อ (อังกฤษ)').fill('Programme 2565');
  await admin.getByLabel('จำนวนเดือน').fill('40');
  await admin.getByRole('button', { name: 'เพิ่มช่วงโครงการ', exact: true }).click();
  await expect(admin.getByRole('alert').filter({ hasText: 'ช่วงโครงการต้องยาว 1 ถึง 36 เดือน' })).toBeVisible();
  await expect(admin.getByRole('listitem')).toHaveCount(1);
});
