import { expect, type Page } from '@playwright/test';

export class ShellPage {
  constructor(readonly page: Page) {}

  get nav() {
    return this.page.getByRole('navigation', { name: /เมนูหลัก|Main menu/ });
  }

  get who() {
    return this.page.getByTestId('who');
  }

  async expectSignedIn() {
    await expect(this.who).toBeVisible();
  }

  /** The labels of the modules in the navigation, in order. */
  async moduleLinks(): Promise<string[]> {
    return this.nav.locator('a[data-testid^="nav-"]:not([data-testid="nav-admin"])').evaluateAll((as) => as.map((a) => a.getAttribute('data-testid')!.slice(4)));
  }

  async openModule(name: string) {
    await this.page.getByTestId(`nav-${name}`).click();
    await expect(this.page).toHaveURL(new RegExp(`/${name}$`));
  }

  async openHome() {
    await this.nav.getByRole('link', { name: /หน้าแรก|Home/ }).click();
  }

  /** The module's own page, rendered by the module in the shell's outlet. */
  module(name: string) {
    return this.page.locator(`#otou-outlet [data-module="${name}"]`);
  }

  get errorTile() {
    return this.page.getByTestId('module-error-tile');
  }

  async switchLanguage() {
    await this.page.getByTestId('lang-switch').click();
  }
}
