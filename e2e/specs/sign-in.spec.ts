import { expect, PASSWORD, test } from '../fixtures/platform.ts';

test('a wrong password gets a clear message, in Thai and in English', async ({ page, loginPage }) => {
  await loginPage.open();
  await test.step('When I type a wrong password', async () => {
    await loginPage.signIn('staff.cu@otou.demo', 'not-my-password');
  });
  await test.step('Then I am told, in Thai, that the email or password is wrong, and stay on the sign-in page', async () => {
    await expect(loginPage.error).toHaveText('อีเมลหรือรหัสผ่านไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่');
    await expect(page.getByTestId('who')).toHaveCount(0);
  });
  await test.step('When I switch to English and try again', async () => {
    await loginPage.switchLanguage();
    await loginPage.signIn('staff.cu@otou.demo', 'still-wrong');
    await expect(loginPage.error).toHaveText('Wrong email or password. Check them and try again');
  });
});

test('a mistyped email is named at its field before anything is sent', async ({ page, loginPage }) => {
  await loginPage.open();
  await loginPage.signIn('staff.cu-at-otou', PASSWORD);
  await expect(page.getByRole('alert').filter({ hasText: 'อีเมลไม่ถูกต้อง' })).toBeVisible();
  await expect(page.getByLabel('อีเมล')).toHaveAttribute('aria-invalid', 'true');
});

test('a tambon coordinator sees who they are and where they sit', async ({ loginPage, shell }) => {
  await loginPage.open();
  await loginPage.signIn('coordinator.huaihaeng@otou.demo', PASSWORD);
  await expect(shell.who).toContainText('ผู้ประสานงานตำบล');
  await expect(shell.who).toContainText('ตำบลห้วยแห้ง');
  await expect(shell.who).toContainText('จุฬาลงกรณ์มหาวิทยาลัย');
});

test('signing in can be done from the keyboard alone', async ({ page, loginPage, shell }) => {
  await loginPage.open();
  await page.getByLabel('อีเมล').focus();
  await page.keyboard.type('central@otou.demo');
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await shell.expectSignedIn();
  await expect(shell.who).toContainText('ผู้ดูแลระบบส่วนกลาง');
});
