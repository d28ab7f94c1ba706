import { expect, PASSWORD, test } from '../fixtures/platform.ts';
import { BudgetPage } from '../pages/BudgetPage.ts';

// The platform's clock stands on 28 February 2564: February's window is open. The stories share one platform and
// budget.spec.ts needs ตำบลหินซ้อน's February unsaved, so this file's name sorts after it.
const FEBRUARY = { '2.1': 5_500, '2.2': 14_000 };

test('a month changed after its approval is flagged for the approver, and the history reads before → after', async ({ page, loginPage, signInAs }) => {
  const staff = new BudgetPage(page);
  await test.step('Given ตำบลหินซ้อน reported February and the approver approved it', async () => {
    await loginPage.open();
    await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
    await staff.open();
    await staff.openTambon('หินซ้อน');
    await staff.enterActuals(FEBRUARY);
    await staff.form.getByRole('button', { name: 'บันทึกและส่งรายงาน' }).click();
    await expect(staff.form.getByTestId('actuals-status')).toContainText('รอมหาวิทยาลัยอนุมัติ');
  });
  const approver = new BudgetPage((await signInAs('approver.cu@otou.demo')).page);
  await approver.open();
  await approver.openTambon('หินซ้อน');
  await approver.root.getByRole('button', { name: 'อนุมัติรายงานเดือนกุมภาพันธ์ 2564' }).click();
  await expect(approver.root.getByTestId('approval-status')).toHaveText('อนุมัติรายงานเดือนกุมภาพันธ์ 2564แล้ว');

  await test.step('When the approver reopens it and the staff correct line 2.2 and submit again', async () => {
    await approver.root.getByTestId('approval-panel').getByLabel('เหตุผลที่เปิดให้แก้ไข').fill('ยอด 2.2 ไม่ตรงใบสำคัญ');
    await approver.root.getByRole('button', { name: 'เปิดให้แก้ไขอีกครั้ง' }).click();
    await expect(approver.root.getByTestId('approval-status')).toContainText('เปิดให้แก้ไข');
    await staff.page.reload();
    await staff.actualInput('2.2').fill('13,000');
    await staff.form.getByRole('button', { name: 'บันทึกและส่งรายงาน' }).click();
    await expect(staff.form.getByTestId('actuals-status')).toContainText('รอมหาวิทยาลัยอนุมัติ');
  });

  await test.step('Then the approver sees what changed since the approval, before approving again', async () => {
    await approver.page.reload();
    await expect(approver.root.getByTestId('changed-since-approval')).toContainText('2.2: 14,000 → 13,000');
  });

  await test.step('And the history says who did what, with the amounts before and after', async () => {
    const history = approver.root.getByTestId('history');
    await history.locator('summary').click();
    const resubmit = history.locator('li[data-action="submit"]').first();
    await expect(resubmit).toContainText('ปริญญา จุฬาฯ');
    await expect(resubmit).toContainText('2.2: 14,000 → 13,000');
    await expect(history.locator('li[data-action="reopen"]').first()).toContainText('ยอด 2.2 ไม่ตรงใบสำคัญ');
  });
});
