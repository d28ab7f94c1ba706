import { expect, type Page } from '@playwright/test';

export class LoginPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('/');
    await expect(this.page.getByRole('heading', { name: /เข้าสู่ระบบ|Sign in/ })).toBeVisible();
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel(/^(อีเมล|Email)$/).fill(email);
    await this.page.getByLabel(/^(รหัสผ่าน|Password)$/).fill(password);
    await this.page.getByRole('button', { name: /^(เข้าสู่ระบบ|Sign in)$/ }).click();
  }

  get error() {
    return this.page.getByTestId('login-error');
  }

  async switchLanguage() {
    await this.page.getByRole('button', { name: /^(English|ภาษาไทย)$/ }).click();
  }
}
