import { expect, PASSWORD, test } from '../fixtures/platform.ts';

test("the page's Content-Security-Policy lets the platform run and nothing else", async ({ page, loginPage, shell }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)),
  );
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await test.step('When I sign in and open the budget module and its roll-up, chart included', async () => {
    await loginPage.signIn('central@otou.demo', PASSWORD);
    await shell.expectSignedIn();
    await shell.openModule('budget');
    await page.getByTestId('overview').click();
    await expect(page.getByTestId('rollup')).toBeVisible();
    await expect(page.locator('canvas').first()).toBeVisible();
  });
  await test.step('Then everything worked and the policy refused nothing', async () => {
    expect(violations).toEqual([]);
  });
  await test.step('And a script slipped into the page is refused', async () => {
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  });
});
