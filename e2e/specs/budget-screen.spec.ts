import type { Locator, Page } from '@playwright/test';
import { superuserClient } from '@otou/server';
import { expect, PASSWORD, test } from '../fixtures/platform.ts';
import { BudgetPage } from '../pages/BudgetPage.ts';
import { LoginPage } from '../pages/LoginPage.ts';

// The budget module as a new user meets it on a 1,366 px laptop and a 390 px phone (issue 6, "looks right on screen").

async function open(page: Page, email: string, width = 1366, height = 768): Promise<BudgetPage> {
  await page.setViewportSize({ width, height });
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(email, PASSWORD);
  const budget = new BudgetPage(page);
  await budget.shell.expectSignedIn();
  if (width >= 1024) await budget.open();
  else {
    // A phone keeps the menu behind a button: the story goes straight to the module's address.
    await page.goto('/budget');
    await expect(budget.root.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  }
  return budget;
}

/** Where a cell sits against the visible part of its scrolling box. */
async function inView(cell: Locator, box: Locator): Promise<boolean> {
  const [c, b] = await Promise.all([cell.boundingBox(), box.boundingBox()]);
  return !!c && !!b && c.x >= b.x - 1 && c.x + c.width <= b.x + b.width + 1;
}

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test('the tambon report fits its box at 1,366 px: line names stay while the months scroll, the to-date figures are in view', async ({ page }) => {
  const budget = await open(page, 'staff.cu@otou.demo');
  await budget.openTambon('ห้วยแห้ง');
  const box = budget.reportBox;
  await test.step('Then the page is no wider than the window and the to-date sums and % show without scrolling', async () => {
    expect(await pageWidth(page)).toBeLessThanOrEqual(1366);
    for (const col of ['planToDate', 'actualToDate', 'achieved'] as const) expect(await inView(budget.reportCell('total', col), box), col).toBe(true);
    await expect(budget.reportCell('2.1', 'actualToDate')).toHaveText('35,500');
  });
  await test.step('When the months are scrolled to the end, the line names stay where they were', async () => {
    const name = budget.root.locator('[data-testid="budget-report"] tr[data-line="2.1"] [data-col="line"]');
    const before = await name.boundingBox();
    await box.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const after = await name.boundingBox();
    expect(await box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(100);
    expect(Math.round(after!.x)).toBe(Math.round(before!.x));
    expect(await inView(budget.reportCell('total', 'achieved'), box)).toBe(true);
  });
  await test.step('When the plan editor is opened, the page still is no wider than the window', async () => {
    await budget.openPlanEditor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(1366);
  });
});

test('at 390 px the roll-up and the tambon report fit the phone', async ({ page }) => {
  const budget = await open(page, 'network.uc@otou.demo', 390, 844);
  await budget.openOverview();
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  await budget.drillDown('จุฬาลงกรณ์มหาวิทยาลัย');
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  await budget.drillDown('ตำบลห้วยแห้ง');
  await expect(budget.reportCell('total', 'budget')).toBeAttached();
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
});

test('a drill-down from the network to a university and a tambon keeps the chosen month; the roll-up reads properly in Thai', async ({ page }) => {
  const budget = await open(page, 'network.uc@otou.demo');
  await budget.openOverview();
  await test.step('The roll-up\'s columns say plan to date and actual to date', async () => {
    const heads = budget.root.getByTestId('rollup-children').getByRole('columnheader');
    await expect(heads.nth(0)).toHaveText('มหาวิทยาลัย');
    await expect(heads.nth(1)).toHaveText('แผนสะสม');
    await expect(heads.nth(2)).toHaveText('ผลสะสม');
    await expect(budget.root.getByTestId('rollup-children')).not.toContainText('(รวมแผน/ผล)');
  });
  await test.step('When the network admin chooses January and drills down', async () => {
    await budget.chooseMonth('มกราคม 2564');
    await expect(page).toHaveURL(/\?m=1$/);
    await budget.drillDown('จุฬาลงกรณ์มหาวิทยาลัย');
    expect(await budget.shownMonth()).toBe('มกราคม 2564');
    await budget.drillDown('ตำบลห้วยแห้ง');
  });
  await test.step('Then the tambon report shows January too', async () => {
    expect(await budget.shownMonth()).toBe('มกราคม 2564');
    await expect(budget.form).toContainText('เดือนมกราคม 2564');
    await expect(page).toHaveTitle(/ตำบลห้วยแห้ง/);
  });
});

test('the roll-up leaves a month nobody has reported blank, as the tambon report does, never 0', async ({ page }) => {
  const budget = await open(page, 'staff.cu@otou.demo');
  await budget.openOverview();
  await budget.chooseMonth('มีนาคม 2564');
  const actual = (month: number) => budget.root.locator(`[data-testid="budget-report"] tr.actual[data-line="total"] [data-col="m${month}"]`);
  await expect(actual(1)).not.toHaveText('');
  await expect(actual(3)).toHaveText('');
  await budget.drillDown('ตำบลห้วยแห้ง');
  await expect(actual(3)).toHaveText('');
});

test('approved months say approved, and the history shows who approved them', async ({ page }) => {
  const budget = await open(page, 'coordinator.huaihaeng@otou.demo');
  await budget.root.getByTestId('my-tambon').click();
  await budget.chooseMonth('มกราคม 2564');
  await expect(budget.windowState).toHaveText('รายงานเดือนนี้ได้รับอนุมัติแล้ว');
  await expect(budget.windowState).not.toContainText('แก้ไขไม่ได้');
  const color = await budget.windowState.evaluate((el) => getComputedStyle(el).color);
  expect(color).not.toBe('rgb(180, 35, 24)');
  const history = budget.root.getByTestId('history');
  await history.locator('summary').click();
  await expect(history.locator('li[data-action="approve"]')).toHaveCount(2);
  await expect(history.locator('li[data-action="approve"]').filter({ hasText: 'มกราคม 2564' })).toHaveCount(1);
  await expect(history.locator('li[data-action="approve"]').filter({ hasText: 'กุมภาพันธ์ 2564' })).toHaveCount(1);
});

test('amounts: "1e3" and "0x10" are refused with the fix, Thai digits are taken; typing survives a refetch', async ({ page }) => {
  const budget = await open(page, 'staff.cu@otou.demo');
  await budget.openTambon('ท่าคล้อ');
  await test.step('Typing "1e3" and "0x10" is refused, each with how to write it', async () => {
    await budget.actualInput('2.1').fill('1e3');
    await budget.actualInput('2.2').fill('0x10');
    await budget.actualInput('2.3').fill('๒๕,๐๐๐');
    await budget.actualInput('2.3').blur();
    await expect(budget.form.getByRole('alert').filter({ hasText: 'เช่น 1000 แทน 1e3' })).toBeVisible();
    await expect(budget.form.getByRole('alert').filter({ hasText: 'เช่น 16 แทน 0x10' })).toBeVisible();
    await expect(budget.actualInput('2.3')).toHaveValue('25,000');
    await budget.form.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(budget.form.getByTestId('actuals-status')).toHaveText('ข้อมูลไม่ถูกต้อง กรุณาแก้ไขช่องที่แจ้งไว้');
  });
  await test.step('When a figure is typed in the plan editor and the actuals are saved (the page refetches), the plan figure is still there', async () => {
    await budget.openPlanEditor();
    const cell = budget.planEditor.getByRole('textbox', { name: 'แผน 1.1 มี.ค. 2564' });
    await cell.fill('12,345');
    await budget.actualInput('2.1').fill('๔๕,๐๐๐');
    await budget.actualInput('2.2').fill('');
    await budget.form.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(budget.form.getByTestId('actuals-status')).toHaveText('บันทึกแล้ว');
    await expect(budget.actualInput('2.1')).toHaveValue('45,000');
    await expect(cell).toHaveValue('12,345');
    // Leave February unreported again for the other stories.
    for (const line of ['2.1', '2.3']) await budget.actualInput(line).fill('');
    await budget.form.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(budget.actualInput('2.3')).toHaveValue('');
  });
});

test('a server failure says "the system had a problem, try again", not "cannot reach the server", and the retry works', async ({ page }) => {
  const budget = await open(page, 'staff.cu@otou.demo');
  let fail = true;
  await page.route('**/trpc/budget.report.byTambon**', async (route) => {
    if (!fail) return route.fallback();
    await route.fulfill({ status: 500, contentType: 'text/html', body: '<h1>Internal Server Error</h1>' });
  });
  await budget.root.getByRole('link', { name: 'ตำบลห้วยแห้ง' }).click();
  const problem = budget.root.getByTestId('query-error');
  await expect(problem).toContainText('ระบบขัดข้องชั่วคราว กรุณาลองใหม่อีกครั้ง', { timeout: 20_000 });
  await expect(problem).not.toContainText('ติดต่อเซิร์ฟเวอร์ไม่ได้');
  fail = false;
  await problem.getByRole('button', { name: 'ลองใหม่' }).click();
  await expect(budget.root.getByRole('heading', { level: 1 })).toContainText('ตำบลห้วยแห้ง');
});

test('a late-report date is entered in the Buddhist Era and a Christian-Era year is caught', async ({ page }) => {
  const budget = await open(page, 'central@otou.demo');
  await budget.openOverview();
  await budget.drillDown('เครือข่ายอุดมศึกษาภาคกลางตอนบน');
  await budget.drillDown('จุฬาลงกรณ์มหาวิทยาลัย');
  await budget.drillDown('ตำบลหินซ้อน');
  await budget.chooseMonth('มกราคม 2564');
  const panel = budget.root.getByTestId('approval-panel');
  const until = budget.dateField(panel, 'ส่งได้ถึงวันที่');
  await until.type('5/3/2021');
  // Leaving the date for the next field is when a user expects to hear what is wrong with it.
  await panel.getByLabel('เหตุผล').click();
  await expect(panel.getByRole('alert')).toHaveText('ปี 2021 เป็นปี ค.ศ. กรุณากรอกปี พ.ศ. (ค.ศ. + 543) เช่น 2564');
  await expect(panel.getByRole('button', { name: 'อนุญาตให้ส่งล่าช้า' })).toBeDisabled();
  await until.year.fill('2564');
  await panel.getByLabel('เหตุผล').click();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'อนุญาตให้ส่งล่าช้า' })).toBeEnabled();
});

test('programme periods: field-level messages that name the fix; adding does not activate; activating asks first', async ({ page }) => {
  const budget = await open(page, 'central@otou.demo');
  const admin = budget.root.getByTestId('period-admin');
  const add = admin.getByRole('button', { name: 'เพิ่มช่วงโครงการ', exact: true });
  await test.step('A bad period is named field by field, in Thai, with the fix', async () => {
    await admin.getByLabel('รหัสช่วงโครงการ').fill('ปี 65');
    await admin.getByLabel('ปีเริ่ม (พ.ศ.)').fill('2022');
    await admin.getByLabel('จำนวนเดือน').fill('40');
    await add.click();
    const field = (label: string) => admin.locator('.field').filter({ has: page.getByLabel(label, { exact: true }) });
    await expect(field('รหัสช่วงโครงการ').getByRole('alert')).toContainText('ตัวอักษรอังกฤษ ตัวเลข และขีด');
    await expect(field('ชื่อ (ไทย)').getByRole('alert')).toHaveText('กรุณาตั้งชื่อช่วงโครงการ');
    await expect(field('ปีเริ่ม (พ.ศ.)').getByRole('alert')).toHaveText('ปี 2022 เป็นปี ค.ศ. กรุณากรอกปี พ.ศ. (ค.ศ. + 543) เช่น 2565');
    await expect(field('จำนวนเดือน').getByRole('alert')).toContainText('ช่วงโครงการต้องยาว 1 ถึง 36 เดือน');
    await expect(admin).not.toContainText('undefined');
    await expect(admin).not.toContainText('ควรมี');
  });
  await test.step('A good period is added without becoming the active one', async () => {
    await admin.getByLabel('รหัสช่วงโครงการ').fill('2565');
    await admin.getByLabel('ชื่อ (ไทย)').fill('โครงการปี 2565');
    await admin.getByLabel('ชื่อ (อังกฤษ)').fill('Programme 2565');
    await admin.getByLabel('ปีเริ่ม (พ.ศ.)').fill('๒๕๖๕');
    await admin.getByLabel('จำนวนเดือน').fill('12');
    await add.click();
    await expect(admin.getByTestId('period-status')).toHaveText('บันทึกช่วงโครงการแล้ว');
    await expect(admin.getByRole('listitem')).toHaveCount(2);
    await expect(admin.getByRole('listitem').filter({ hasText: 'โครงการปี 2565' })).not.toContainText('ใช้งานอยู่');
  });
  await test.step('Making it active asks first; calling it off changes nothing', async () => {
    const row = admin.getByRole('listitem').filter({ hasText: 'โครงการปี 2565' });
    await row.getByRole('button', { name: 'ตั้งเป็นช่วงที่ใช้งาน' }).click();
    await expect(row.getByRole('alert')).toContainText('ทุกตำบลทั่วประเทศจะรายงานในช่วงนี้');
    await row.getByRole('button', { name: 'ยกเลิก' }).click();
    await expect(row).not.toContainText('ใช้งานอยู่');
    await expect(admin.getByRole('listitem').filter({ hasText: 'มกราคม 2564 – ธันวาคม 2564' })).toContainText('ใช้งานอยู่');
  });
});

// The period story adds a period; the other stories count on the demo's one.
test.afterEach(async () => {
  const pb = await superuserClient(process.env['PLATFORM_PB_URL']!, JSON.parse(process.env['PLATFORM_PB_SUPERUSER']!));
  for (const p of await pb.collection('budget_periods').getFullList({ filter: pb.filter('code = {:code}', { code: '2565' }) })) await pb.collection('budget_periods').delete(p.id);
});

test('no developer words reach users on the budget home or a skeleton module\'s home', async ({ page }) => {
  const budget = await open(page, 'staff.cu@otou.demo');
  await budget.shell.settled();
  for (const words of ['(จากเซิร์ฟเวอร์)', 'รุ่น 0.1.0', 'ในงานถัดไป', 'build', 'deploy']) await expect(budget.root).not.toContainText(words);
  await expect(page).toHaveTitle(/งบประมาณและความก้าวหน้า/);
  await budget.shell.openModule('assessment');
  const assessment = budget.shell.module('assessment');
  await expect(assessment.getByRole('heading', { level: 1 })).toBeVisible();
  for (const words of ['(จากเซิร์ฟเวอร์)', 'รุ่น', 'ในงานถัดไป']) await expect(assessment).not.toContainText(words);
});
