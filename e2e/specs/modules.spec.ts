import { expect, PASSWORD, test } from '../fixtures/platform.ts';

test('a university user sees only the modules their network enabled, and the budget home shows their scope from the server', async ({ page, loginPage, shell }) => {
  await test.step('When Chulalongkorn staff sign in', async () => {
    await loginPage.open();
    await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
    await shell.expectSignedIn();
  });
  await test.step('Then the navigation lists the modules the Upper Central network enabled, without training', async () => {
    await expect.poll(() => shell.moduleLinks()).toEqual(['assessment', 'budget', 'employment', 'pitching']);
    await expect(shell.nav.getByTestId('nav-admin')).toHaveCount(0);
  });
  await test.step('When I open the budget module', async () => {
    await shell.openModule('budget');
  });
  await test.step('Then its home shows my university, network and tambon count fetched from the server', async () => {
    const budget = shell.module('budget');
    await expect(budget.getByRole('heading', { level: 1 })).toHaveText('งบประมาณและความก้าวหน้า');
    const scope = budget.getByTestId('scope-summary');
    await expect(scope).toContainText('จุฬาลงกรณ์มหาวิทยาลัย');
    await expect(scope).toContainText('เครือข่ายอุดมศึกษาภาคกลางตอนบน');
    await expect(scope.getByTestId('tambon-count')).toHaveText('3');
  });
  await test.step('When I switch to English, the shell and the mounted module both follow', async () => {
    await shell.switchLanguage();
    await expect(shell.module('budget').getByRole('heading', { level: 1 })).toHaveText('Budget & progress');
    await expect(shell.nav.getByTestId('nav-budget')).toHaveText('Budget & progress');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
  await test.step('And a reload keeps me signed in, in English, on the same module', async () => {
    await page.reload();
    await expect(shell.module('budget').getByRole('heading', { level: 1 })).toHaveText('Budget & progress');
  });
});

test('a path that is no page shows the shell\'s not-found page with the navigation still working', async ({ page, loginPage, shell }) => {
  await loginPage.open();
  await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
  await shell.expectSignedIn();
  await page.goto('/no-such-page');
  await expect(page.getByTestId('not-found')).toContainText('/no-such-page');
  await shell.openModule('employment');
  await expect(shell.module('employment').getByRole('heading', { level: 1 })).toHaveText('การจ้างงาน');
});

test('a worker sees only the modules for their role', async ({ loginPage, shell }) => {
  await loginPage.open();
  await loginPage.signIn('worker.huaihaeng@otou.demo', PASSWORD);
  await expect.poll(() => shell.moduleLinks()).toEqual(['employment']);
});
