import { expect, PASSWORD, test } from '../fixtures/platform.ts';
import { BudgetPage } from '../pages/BudgetPage.ts';

test('PocketBase dies while a person saves: they are told to try again, stay signed in, keep what they typed, and the save goes through once it is back', async ({ page, loginPage }) => {
  const budget = new BudgetPage(page);
  await loginPage.open();
  await loginPage.signIn('staff.cmu@otou.demo', PASSWORD);
  await budget.open();
  await budget.root.locator('[data-tambon="500101"] a').click();
  await expect(budget.form).toBeVisible();

  await test.step('When PocketBase dies just as February is saved', async () => {
    await budget.enterActuals({ '2.1': 5_500, '2.2': 14_000 });
    process.kill(Number(process.env['PLATFORM_PB_PID']), 'SIGKILL');
    await budget.form.getByRole('button', { name: 'บันทึก', exact: true }).click();
  });
  await test.step('Then the form says the data service is unavailable, keeps the figures and nobody is signed out', async () => {
    await expect(budget.form.getByTestId('actuals-status')).toContainText('ข้อมูลที่กรอกไว้ยังอยู่');
    await expect(budget.actualInput('2.2')).toHaveValue('14,000');
    await expect(budget.shell.who).toBeVisible();
  });
  await test.step('And once the platform has brought PocketBase back, saving again works', async () => {
    await expect
      .poll(async () => (await page.request.get('/healthz')).status(), { timeout: 20_000 })
      .toBe(200);
    await budget.form.getByRole('button', { name: 'บันทึก', exact: true }).click();
    await expect(budget.form.getByTestId('actuals-status')).toHaveText('บันทึกแล้ว');
    await page.reload();
    await expect(budget.actualInput('2.2')).toHaveValue('14,000');
  });
});
