import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './ShellPage.ts';

/** The budget module as its users see it: their tambons' statuses, a tambon's report and its monthly form. */
export class BudgetPage {
  readonly shell: ShellPage;
  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  get root(): Locator {
    return this.shell.module('budget');
  }

  async open() {
    await this.shell.openModule('budget');
    await expect(this.root.getByRole('heading', { level: 1 })).toBeVisible();
  }

  async openTambon(name: string) {
    await this.root.getByRole('link', { name: `ตำบล${name}` }).click();
    await expect(this.root.getByRole('heading', { level: 1 })).toContainText(`ตำบล${name}`);
  }

  get monthPicker(): Locator {
    return this.root.getByRole('combobox', { name: 'ข้อมูลถึงเดือน' });
  }

  async chooseMonth(label: string) {
    await this.monthPicker.selectOption({ label });
  }

  /** The month the page's figures run to, as its picker shows it. */
  async shownMonth(): Promise<string> {
    return this.monthPicker.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent ?? '');
  }

  /** The user's overview: the nation, their network or their university. */
  async openOverview() {
    await this.root.getByTestId('overview').click();
    await expect(this.root.getByTestId('rollup')).toBeVisible();
  }

  /** Drills down from a roll-up to one of the places it adds up. */
  async drillDown(name: string) {
    await this.root.getByTestId('rollup-children').getByRole('link', { name, exact: true }).click();
    await expect(this.root.getByRole('heading', { level: 1 })).toContainText(name.replace(/^ตำบล/, ''));
  }

  /** What the page says it counts: approved or provisional figures, and which months. */
  get basisNote(): Locator {
    return this.root.getByTestId('basis-note');
  }

  async chooseBasis(label: 'อนุมัติแล้ว' | 'รวมที่รออนุมัติ') {
    await this.root.getByRole('group', { name: 'ตัวเลขที่แสดง' }).getByRole('radio', { name: label }).check();
  }

  get reportBox(): Locator {
    return this.root.getByRole('region').filter({ has: this.page.getByTestId('budget-report') });
  }

  get planEditor(): Locator {
    return this.root.getByTestId('plan-form');
  }

  async openPlanEditor() {
    await this.planEditor.locator('summary').click();
    await expect(this.planEditor.getByRole('button', { name: 'บันทึกงบประมาณและแผน' })).toBeVisible();
  }

  get form(): Locator {
    return this.root.getByTestId('actuals-form');
  }

  get windowState(): Locator {
    return this.form.getByTestId('window-state');
  }

  actualInput(line: string): Locator {
    return this.form.getByRole('textbox', { name: new RegExp(`^ผล \\(บาท\\) ${line.replace('.', '\\.')} `) });
  }

  async enterActuals(actuals: Record<string, number>) {
    for (const [line, amount] of Object.entries(actuals)) await this.actualInput(line).fill(amount.toLocaleString('en-US'));
  }

  /** A cell of the report table: the row of a line (its plan or actual row) and a column. */
  reportCell(line: string, column: 'budget' | 'remaining' | 'planToDate' | 'actualToDate' | 'achieved'): Locator {
    return this.root.locator(`[data-testid="budget-report"] tr[data-line="${line}"] [data-col="${column}"]`);
  }

  /** A Buddhist-Era date field (day, month, BE year) found by its label; a whole date typed in the day box fills all three. */
  dateField(scope: Locator, label: string) {
    const group = scope.getByRole('group', { name: label });
    return {
      group,
      day: group.getByRole('textbox', { name: 'วัน' }),
      month: group.getByRole('combobox', { name: 'เดือน' }),
      year: group.getByRole('textbox', { name: 'ปี (พ.ศ.)' }),
      /** Types "5/3/2564" (BE) as a user would. */
      async type(text: string) {
        await group.getByRole('textbox', { name: 'วัน' }).fill(text);
      },
    };
  }

  rollupChild(code: string, column: 'actualToDate' | 'planToDate' | 'achieved'): Locator {
    return this.root.locator(`[data-testid="rollup-children"] tr[data-code="${code}"] [data-col="${column}"]`);
  }
}
