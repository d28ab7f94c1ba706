import { expect, type Page } from '@playwright/test';

/** How a page sits in the window, as a user would notice it: a sideways scroll bar, or one for nothing. */
export interface PageFit {
  innerWidth: number;
  innerHeight: number;
  /** The document's width: more than the window means the whole page scrolls sideways. */
  scrollWidth: number;
  scrollHeight: number;
  /** The lowest bottom edge of anything with content (text, fields, pictures): how tall the page needs to be. */
  contentBottom: number;
  /** Elements whose right edge is beyond the window, outside any box that scrolls or clips them. */
  beyondRightEdge: string[];
}

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

  /** The menu button a phone shows instead of the navigation. */
  get menuButton() {
    return this.page.getByTestId('menu-button');
  }

  /** Waits until nothing on the page says it is still loading. */
  async settled() {
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0);
  }

  async fit(): Promise<PageFit> {
    return this.page.evaluate(() => {
      const root = document.documentElement;
      const clipsSideways = (el: Element) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== 'visible') return true;
        return false;
      };
      const describe = (el: Element) => {
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return `<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> ${Math.round(el.getBoundingClientRect().right)} px${text ? ` "${text}"` : ''}`;
      };
      let contentBottom = 0;
      const beyondRightEdge: string[] = [];
      for (const el of Array.from(document.body.querySelectorAll("*"))) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (el.childElementCount === 0) contentBottom = Math.max(contentBottom, r.bottom + scrollY);
        if (r.right > innerWidth + 0.5 && !clipsSideways(el)) beyondRightEdge.push(describe(el));
      }
      return { innerWidth, innerHeight, scrollWidth: root.scrollWidth, scrollHeight: root.scrollHeight, contentBottom, beyondRightEdge: beyondRightEdge.slice(0, 5) };
    });
  }
}
