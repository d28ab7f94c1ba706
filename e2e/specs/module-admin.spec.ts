import { expect, PASSWORD, test } from '../fixtures/platform.ts';

test('central admin switches pitching off for a network and it vanishes for that network\'s users on their next navigation', async ({ page, loginPage, shell, signInAs }) => {
  const staff = await test.step('Given Chulalongkorn staff are signed in and can see pitching', async () => {
    const s = await signInAs('staff.cu@otou.demo');
    await expect.poll(() => s.moduleLinks()).toContain('pitching');
    return s;
  });

  await test.step('When the central admin switches pitching off for the Upper Central network', async () => {
    await loginPage.open();
    await loginPage.signIn('central@otou.demo', PASSWORD);
    await page.getByTestId('nav-admin').click();
    const row = page.locator('tr[data-network="UC"]');
    const pitching = row.getByRole('switch', { name: /ประกวด Pitching/ });
    await expect(pitching).toHaveAttribute('aria-checked', 'true');
    await pitching.click();
    await expect(pitching).toHaveAttribute('aria-checked', 'false');
    await expect(page.getByTestId('admin-status')).toContainText('ปิดใช้');
  });

  await test.step('Then on their next navigation the staff no longer see it, with no reload', async () => {
    await staff.openModule('budget');
    await expect.poll(() => staff.moduleLinks()).toEqual(['assessment', 'budget', 'employment']);
  });

  await test.step('And its address now shows not found instead of the module', async () => {
    await staff.page.goto('/pitching');
    await expect(staff.page.getByTestId('not-found')).toBeVisible();
    await expect(staff.module('pitching')).toHaveCount(0);
  });

  await test.step('While another network keeps it', async () => {
    const cmu = await signInAs('staff.cmu@otou.demo');
    await expect.poll(() => cmu.moduleLinks()).toContain('assessment');
    // The Upper Northern network switched pitching off in the demo; training it keeps.
    expect(await cmu.moduleLinks()).toContain('training');
  });
});

test('a network admin manages their own network only, from the keyboard', async ({ page, loginPage }) => {
  await loginPage.open();
  await loginPage.signIn('network.uc@otou.demo', PASSWORD);
  await page.getByTestId('nav-admin').click();
  await expect(page.locator('tbody tr')).toHaveCount(1);
  const training = page.locator('tr[data-network="UC"]').getByRole('switch', { name: /การพัฒนาทักษะ/ });
  await expect(training).toHaveAttribute('aria-checked', 'false');
  await training.focus();
  await page.keyboard.press('Space');
  await expect(training).toHaveAttribute('aria-checked', 'true');
  // Their own navigation follows at once.
  await expect(page.getByTestId('nav-training')).toBeVisible();
});
