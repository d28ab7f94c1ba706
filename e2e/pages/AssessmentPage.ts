import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './ShellPage.ts';

export type Mark = 'have' | 'expected' | '';

/** A goal cell's state on screen: ✓ "have", ✗ "expected" or empty, by goal and column key. */
export type ScreenMarks = Record<string, Record<string, Mark>>;

/** The assessment module as its users see it: the tambons of a round, a tambon's form, the dashboards. */
export class AssessmentPage {
  readonly shell: ShellPage;
  constructor(readonly page: Page) {
    this.shell = new ShellPage(page);
  }

  get root(): Locator {
    return this.shell.module('assessment');
  }

  /** The tambons of the user's university with their form's status for a round. */
  async openTambons(roundId: string) {
    await this.page.goto(`/assessment/tambons?r=${roundId}`);
    await expect(this.root.getByTestId('tambon-list').getByRole('table')).toBeVisible();
  }

  tambonRow(code: string): Locator {
    return this.root.locator(`[data-testid="tambon-list"] tr[data-tambon="${code}"]`);
  }

  async openTambon(code: string) {
    await this.tambonRow(code).getByRole('link').click();
    await expect(this.form).toBeVisible();
  }

  async openForm(tambonId: string, roundId: string) {
    await this.page.goto(`/assessment/tambon/${tambonId}?r=${roundId}`);
    await expect(this.form).toHaveAttribute('data-round', roundId);
  }

  get form(): Locator {
    return this.root.getByTestId('tambon-form');
  }

  get formState(): Locator {
    return this.form.getByTestId('form-state');
  }

  get windowState(): Locator {
    return this.form.getByTestId('window-state');
  }

  /** The live count of goals met and the tier (data-met, data-tier). */
  get tally(): Locator {
    return this.form.getByTestId('tally');
  }

  get status(): Locator {
    return this.form.getByTestId('form-status');
  }

  /** A ✓/✗ cell, by its accessible name: "1.3 · กิจกรรม 1: …". */
  cell(goal: string, column: string): Locator {
    return this.form.locator(`button[aria-label^="${goal} · ${column}: "]`);
  }

  /** Presses a goal cell until it shows the mark (the cycle is empty → ✓ → ✗ → empty). */
  async mark(goal: string, column: string, mark: Mark) {
    const cell = this.cell(goal, column);
    for (let i = 0; i < 3 && (await cell.getAttribute('data-value')) !== mark; i++) await cell.click();
    await expect(cell).toHaveAttribute('data-value', mark);
  }

  async addActivity(name: string, type: string, otherType?: string) {
    await this.form.getByRole('button', { name: 'เพิ่มกิจกรรม' }).click();
    const activity = this.form.locator('[data-testid="activities"] li[data-activity]').last();
    await activity.getByLabel('ชื่อกิจกรรม').fill(name);
    await activity.getByLabel('ประเภทกิจกรรม').selectOption({ label: type });
    if (otherType !== undefined) await activity.getByLabel('ประเภทอื่น ๆ (โปรดระบุ)').fill(otherType);
  }

  /** The answer box of indicator 2–14 in a column. */
  text(indicator: string, column: string): Locator {
    return this.form.getByRole('textbox', { name: new RegExp(`^${indicator}\\. .* · ${column}$`) });
  }

  /** The cell of indicator 2–14 in a column: its answer, its evidence links and files. */
  textCell(indicator: string, column: string): Locator {
    return this.text(indicator, column).locator('xpath=ancestor::td[1]');
  }

  /** Opens a cell's evidence and attaches a file (the form must have been saved with that column). */
  async attach(indicator: string, column: string, file: { name: string; mimeType: string; buffer: Buffer }) {
    const cell = this.textCell(indicator, column);
    await cell.locator('summary').click();
    await cell.getByLabel(/^แนบไฟล์หลักฐาน · /).setInputFiles(file);
    // The upload, then the form's files refetched: give a loaded machine time for both.
    await expect(cell.getByTestId('evidence-files').getByRole('button', { name: file.name, exact: true })).toBeVisible({ timeout: 15_000 });
  }

  async save() {
    await this.form.getByRole('button', { name: 'บันทึกร่าง' }).click();
  }

  async submit() {
    await this.form.getByRole('button', { name: 'บันทึกและส่งให้อนุมัติ' }).click();
    await expect(this.status).toContainText('ส่งแบบประเมินแล้ว');
  }

  get approvalPanel(): Locator {
    return this.root.getByTestId('approval-panel');
  }

  async approve() {
    await this.approvalPanel.getByRole('button', { name: 'อนุมัติแบบประเมิน' }).click();
    await expect(this.approvalPanel.getByTestId('approval-status')).toHaveText('อนุมัติแบบประเมินแล้ว');
  }

  /** Every goal cell as the screen shows it, by goal code and column key. */
  async screenMarks(): Promise<ScreenMarks> {
    return this.form.getByTestId('form-grid').evaluate((grid) => {
      const marks: Record<string, Record<string, string>> = {};
      for (const row of Array.from(grid.querySelectorAll('tr[data-kind="goal"]')) as HTMLElement[]) {
        const goal = row.dataset['row']!;
        const cells: Record<string, string> = {};
        for (const td of Array.from(row.querySelectorAll('td[data-col]')) as HTMLElement[]) cells[td.dataset['col']!] = td.querySelector('button')?.dataset['value'] ?? '';
        marks[goal] = cells;
      }
      return marks as ScreenMarks;
    });
  }

  /** The dashboard of a round (the user's own level unless `?u=`/`?n=` drill down). */
  async openDashboard(query: Record<string, string>) {
    await this.page.goto(`/assessment/dashboard?${new URLSearchParams(query)}`);
    await expect(this.root.getByTestId('dashboard')).toBeVisible();
  }
}
