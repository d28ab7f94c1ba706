import { expect, PASSWORD, test } from '../fixtures/platform.ts';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the navigation sits behind a menu button that works from the keyboard', async ({ page, loginPage, shell }) => {
    await loginPage.open();
    await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
    await shell.expectSignedIn();

    await test.step('Then the page starts with its content, the menu closed', async () => {
      await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'false');
      await expect(shell.nav).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
    });
    await test.step('When I open the menu with Enter, focus moves into it', async () => {
      await shell.menuButton.focus();
      await page.keyboard.press('Enter');
      await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'true');
      await expect(shell.nav).toBeVisible();
      await expect(shell.nav.getByRole('link', { name: 'หน้าแรก' })).toBeFocused();
    });
    await test.step('When I press Escape, it closes and focus is back on the menu button', async () => {
      await page.keyboard.press('Escape');
      await expect(shell.nav).toBeHidden();
      await expect(shell.menuButton).toBeFocused();
      await expect(shell.menuButton).toHaveAttribute('aria-expanded', 'false');
    });
    await test.step('When I choose a module from the menu, it opens and the menu closes', async () => {
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await expect(shell.nav.getByTestId('nav-assessment')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/\/assessment$/);
      await expect(shell.module('assessment').getByRole('heading', { level: 1 })).toHaveText('ประเมินตำบล');
      await expect(shell.nav).toBeHidden();
      await expect(page.locator('#main')).toBeFocused();
    });
  });
});

test.describe('on a laptop', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('the navigation is always shown and there is no menu button', async ({ loginPage, shell }) => {
    await loginPage.open();
    await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
    await expect(shell.nav).toBeVisible();
    await expect(shell.menuButton).toBeHidden();
  });
});

test('the browser tab names the page, in the language the user reads', async ({ page, loginPage, shell }) => {
  await loginPage.open();
  await expect(page).toHaveTitle('เข้าสู่ระบบ · ระบบ ๑ ตำบล ๑ มหาวิทยาลัย');
  await loginPage.signIn('central@otou.demo', PASSWORD);
  await shell.expectSignedIn();
  await expect(page).toHaveTitle('หน้าแรก · ระบบ ๑ ตำบล ๑ มหาวิทยาลัย');
  await page.getByTestId('nav-admin').click();
  await expect(page).toHaveTitle('ตั้งค่าโมดูล · ระบบ ๑ ตำบล ๑ มหาวิทยาลัย');
  await shell.openModule('employment');
  await expect(page).toHaveTitle('การจ้างงาน · ระบบ ๑ ตำบล ๑ มหาวิทยาลัย');
  await shell.switchLanguage();
  await expect(page).toHaveTitle('Employment · One Tambon One University');
  await page.goto('/no-such-page');
  await expect(page).toHaveTitle('Page not found · One Tambon One University');
});

test('a sign-in error follows the user into English', async ({ loginPage }) => {
  await loginPage.open();
  await loginPage.signIn('staff.cu@otou.demo', 'not-my-password');
  await expect(loginPage.error).toHaveText('อีเมลหรือรหัสผ่านไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่');
  await loginPage.switchLanguage();
  await expect(loginPage.error).toHaveText('Wrong email or password. Check them and try again');
});

test('module settings tell the administrator what users will notice, in their words', async ({ page, loginPage }) => {
  await loginPage.open();
  await loginPage.signIn('central@otou.demo', PASSWORD);
  await page.getByTestId('nav-admin').click();
  const main = page.locator('#main');
  await expect(main).toContainText('ผู้ใช้ในเครือข่ายจะเห็นการเปลี่ยนแปลงทันทีที่เปิดหน้าถัดไป');
  await expect(main).not.toContainText(/build|deploy/i);
});
