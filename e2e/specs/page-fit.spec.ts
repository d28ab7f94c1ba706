import type { Page } from '@playwright/test';
import { superuserClient } from '@otou/server';
import { expect, PASSWORD, test } from '../fixtures/platform.ts';
import { LoginPage } from '../pages/LoginPage.ts';
import { ShellPage } from '../pages/ShellPage.ts';

/** A 1,366 px laptop and a 390 px phone, the two screens the programme's users work on. */
const SCREENS = [
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/** The room a page's paddings take below its lowest line of content. */
const PADDING_ALLOWANCE = 48;

/**
 * Checks a page the way a user would notice it: never wider than the window (no sideways scroll of the whole page,
 * nothing cut off at the right), and, when its content is short, not taller than the window either.
 * Soft, so one run names every page that does not fit.
 */
async function expectFits(page: Page, what: string) {
  const shell = new ShellPage(page);
  await shell.settled();
  const fit = await shell.fit();
  const at = `${what} at ${fit.innerWidth} px`;
  expect.soft(fit.scrollWidth, `${at}: the page is ${fit.scrollWidth} px wide`).toBeLessThanOrEqual(fit.innerWidth);
  expect.soft(fit.beyondRightEdge, `${at}: beyond the window's right edge`).toEqual([]);
  if (fit.contentBottom + PADDING_ALLOWANCE <= fit.innerHeight) {
    expect.soft(fit.scrollHeight, `${at}: its content ends at ${Math.round(fit.contentBottom)} px, yet the page is ${fit.scrollHeight} px tall`).toBeLessThanOrEqual(fit.innerHeight);
  }
  return fit;
}

/** The record id of a place in the demo, by its code (the pages' addresses carry ids). */
async function idOf(collection: 'networks' | 'universities' | 'tambons', code: string): Promise<string> {
  const pb = await superuserClient(process.env['PLATFORM_PB_URL']!, JSON.parse(process.env['PLATFORM_PB_SUPERUSER']!));
  return (await pb.collection(collection).getFirstListItem(pb.filter('code = {:code}', { code }))).id;
}

async function signIn(page: Page, email: string) {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(email, PASSWORD);
  await new ShellPage(page).expectSignedIn();
}

for (const screen of SCREENS) {
  test.describe(`on a ${screen.name} (${screen.width} px)`, () => {
    test.use({ viewport: { width: screen.width, height: screen.height } });

    test('the sign-in page fits the window, with and without an error', async ({ page, loginPage }) => {
      await loginPage.open();
      const fit = await expectFits(page, 'sign-in');
      // The sign-in card is short on both screens: the check for "taller than the window" must have run.
      expect(fit.contentBottom + PADDING_ALLOWANCE).toBeLessThanOrEqual(fit.innerHeight);
      await loginPage.signIn('staff.cu@otou.demo', 'not-my-password');
      await expect(loginPage.error).toBeVisible();
      await expectFits(page, 'sign-in with an error');
    });

    test('the shell\'s pages and every module\'s home fit the window', async ({ page, shell }) => {
      test.slow(); // nine pages in one story
      await signIn(page, 'central@otou.demo');
      await test.step('home', async () => {
        const fit = await expectFits(page, 'home');
        if (screen.name === 'laptop') expect(fit.contentBottom + PADDING_ALLOWANCE).toBeLessThanOrEqual(fit.innerHeight);
      });
      await test.step('module settings', async () => {
        await page.goto('/admin/modules');
        await expect(page.locator('tr[data-network="UC"]')).toBeVisible();
        await expectFits(page, 'module settings');
      });
      await test.step('module releases, with the change dialog open; the release history; module health', async () => {
        await page.goto('/admin/releases');
        await expect(page.locator('[data-testid="releases-networks"] tr[data-target="UC"]')).toBeVisible();
        await expectFits(page, 'module releases');
        await page.locator('[data-testid="releases-networks"] tr[data-target="UC"]').getByRole('button', { name: /เปลี่ยนรุ่น/ }).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectFits(page, 'module releases with the change dialog open');
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toBeHidden();
        await page.goto('/admin/history');
        await expect(page.getByTestId('history-table')).toBeVisible();
        await expectFits(page, 'release history');
        await page.goto('/admin/health');
        await expect(page.locator('[data-testid="health-table"] tr[data-network="UC"]').first()).toBeVisible();
        await expectFits(page, 'module health');
      });
      await test.step('a page that does not exist', async () => {
        await page.goto('/no-such-page');
        await expect(page.getByTestId('not-found')).toBeVisible();
        const fit = await expectFits(page, 'not found');
        expect(fit.contentBottom + PADDING_ALLOWANCE).toBeLessThanOrEqual(fit.innerHeight);
      });
      for (const name of ['assessment', 'budget', 'employment', 'training', 'pitching']) {
        await test.step(`the ${name} module's home`, async () => {
          await page.goto(`/${name}`);
          await expect(shell.module(name).getByRole('heading', { level: 1 })).toBeVisible();
          await expectFits(page, `${name} home`);
        });
      }
    });

    test('the budget pages fit the window: a tambon report with its plan editor open, the roll-ups and the status board', async ({ page, shell }) => {
      test.slow(); // two people, six pages
      const budget = shell.module('budget');
      const [huaiHaeng, upperCentral, chula] = await Promise.all([idOf('tambons', '190204'), idOf('networks', 'UC'), idOf('universities', 'CU')]);

      await test.step('Huai Haeng\'s report, with the plan editor open, as Chulalongkorn staff', async () => {
        await signIn(page, 'staff.cu@otou.demo');
        await page.goto(`/budget/tambon/${huaiHaeng}`);
        await expect(budget.getByRole('heading', { level: 1 })).toContainText('ห้วยแห้ง');
        await expectFits(page, 'tambon report');
        const planEditor = budget.getByTestId('plan-form');
        await planEditor.locator('summary').click();
        await expect(planEditor).toHaveAttribute('open', '');
        await expectFits(page, 'tambon report with the plan editor open');
      });

      await test.step('the roll-ups and the status board, as the central office', async () => {
        await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
        await signIn(page, 'central@otou.demo');
        for (const [what, path] of [
          ['national roll-up', '/budget/rollup/national'],
          ['network roll-up (Upper Central)', `/budget/rollup/network/${upperCentral}`],
          ['university roll-up (Chulalongkorn)', `/budget/rollup/university/${chula}`],
          ['status board', '/budget/status'],
        ] as const) {
          await page.goto(path);
          await expect(budget.getByRole('heading').first()).toBeVisible();
          await expectFits(page, what);
        }
      });
    });

    test('the assessment pages fit the window: the tambons of a round, a tambon\'s form with its grid', async ({ page, shell }) => {
      test.slow(); // the form's grid of 16 goals × its columns
      const assessment = shell.module('assessment');
      const thaKhlo = await idOf('tambons', '190205');
      await signIn(page, 'staff.cu@otou.demo');
      await test.step('the tambons of the current round', async () => {
        await page.goto('/assessment/tambons');
        await expect(assessment.getByTestId('tambon-list').getByRole('table')).toBeVisible();
        await expectFits(page, 'assessment tambons');
      });
      await test.step('Tha Khlo\'s form: its grid scrolls inside its box, the page never wider than the window', async () => {
        await page.goto(`/assessment/tambon/${thaKhlo}`);
        await expect(assessment.getByTestId('form-grid').getByRole('table')).toBeVisible();
        await expectFits(page, 'assessment form');
      });
    });

    test('the assessment overview pages fit the window: rounds, thresholds, the dashboards down to a university, the USI and RSI reports', async ({ page, shell }) => {
      test.slow(); // three people, eight pages
      const assessment = shell.module('assessment');
      const [upperCentral, chula] = await Promise.all([idOf('networks', 'UC'), idOf('universities', 'CU')]);
      const heading = () => expect(assessment.getByRole('heading', { level: 1 })).toBeVisible();

      await test.step('as the central office: rounds, thresholds and the dashboards from the nation down to Chulalongkorn', async () => {
        await signIn(page, 'central@otou.demo');
        for (const [what, path] of [
          ['assessment rounds', '/assessment/rounds'],
          ['assessment thresholds', '/assessment/settings'],
          ['national dashboard', '/assessment/dashboard'],
          ['network dashboard (Upper Central)', `/assessment/dashboard?n=${upperCentral}`],
          ['university dashboard (Chulalongkorn), provisional', `/assessment/dashboard?n=${upperCentral}&u=${chula}&b=provisional`],
        ] as const) {
          await page.goto(path);
          await heading();
          if (path.includes('dashboard')) await expect(assessment.getByTestId('dashboard-coverage').getByRole('table')).toBeVisible();
          await expectFits(page, what);
        }
      });
      await test.step('Chulalongkorn\'s USI report, as its staff', async () => {
        await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
        await signIn(page, 'staff.cu@otou.demo');
        await page.goto(`/assessment/university/${chula}`);
        await expect(assessment.getByTestId('report-coverage')).toBeVisible();
        await expectFits(page, 'USI report');
      });
      await test.step('Upper Central\'s RSI report, as its network admin', async () => {
        await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
        await signIn(page, 'network.uc@otou.demo');
        await page.goto(`/assessment/network/${upperCentral}`);
        await expect(assessment.getByTestId('report-coverage')).toBeVisible();
        await expectFits(page, 'RSI report');
      });
    });

    test('the employment staff pages fit the window: tambons, applicants with the add form, import, selection, contracts, a contract, positions, agencies', async ({ page, shell }) => {
      test.slow(); // two people, nine pages
      const employment = shell.module('employment');
      const huaiHaeng = await idOf('tambons', '190204');
      const pb = await superuserClient(process.env['PLATFORM_PB_URL']!, JSON.parse(process.env['PLATFORM_PB_SUPERUSER']!));
      const contract = await pb.collection('employment_contracts').getFirstListItem(pb.filter('tambon = {:t}', { t: huaiHaeng }), { sort: 'start,@rowid' });
      await signIn(page, 'staff.cu@otou.demo');
      for (const [what, path, ready] of [
        ['employment tambons', '/employment/tambons', 'employment-tambons'],
        ['applicants with the add form', `/employment/tambon/${huaiHaeng}/applicants`, 'applicant-form'],
        ['applicants import', `/employment/tambon/${huaiHaeng}/import`, 'import-template'],
        ['selection', `/employment/tambon/${huaiHaeng}/selection`, 'selection-open'],
        ['contracts', `/employment/tambon/${huaiHaeng}/contracts`, 'contracts'],
        ['a contract with its resignation form', `/employment/contract/${contract.id}`, 'contract-facts'],
        ['user agencies', '/employment/agencies', 'agencies'],
      ] as const) {
        await test.step(what, async () => {
          await page.goto(path);
          await expect(employment.getByTestId(ready)).toBeVisible();
          await expect(employment.getByText('กำลังโหลด…')).toHaveCount(0);
          await expectFits(page, what);
        });
      }
      await test.step('positions and pay, as the central office', async () => {
        await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
        await signIn(page, 'central@otou.demo');
        await page.goto('/employment/positions');
        await expect(employment.getByTestId('cost-total')).toBeVisible();
        await expectFits(page, 'positions');
      });
    });

    test('the employment monthly-cycle pages fit the window: a worker\'s home, contract and report form; the queue, certificates, dashboards and Ministry of Labour files', async ({ page, shell }) => {
      test.slow(); // three people, ten pages
      const employment = shell.module('employment');
      const [huaiHaeng, upperCentral, chula] = await Promise.all([idOf('tambons', '190204'), idOf('networks', 'UC'), idOf('universities', 'CU')]);
      const pb = await superuserClient(process.env['PLATFORM_PB_URL']!, JSON.parse(process.env['PLATFORM_PB_SUPERUSER']!));
      const longest = await pb.collection('employment_contracts').getFirstListItem(pb.filter('tambon = {:t}', { t: huaiHaeng }), { sort: 'start,@rowid' });
      const worker = await pb.collection('users').getFirstListItem(pb.filter('email = "worker.huaihaeng@otou.demo"'));
      const newcomer = await pb.collection('employment_contracts').getFirstListItem(pb.filter('worker = {:w}', { w: worker.id }));
      const visit = async (what: string, path: string, ready: string) => {
        await test.step(what, async () => {
          await page.goto(path);
          await expect(employment.getByTestId(ready)).toBeVisible();
          await expect(employment.getByText('กำลังโหลด…')).toHaveCount(0);
          await expectFits(page, what);
        });
      };
      await signIn(page, 'worker.huaihaeng@otou.demo');
      await visit('a worker\'s home with this month\'s report', '/employment', 'this-month');
      await visit('a worker\'s contract, months and pay', '/employment/mine', 'payments');
      await visit('the monthly report form', `/employment/mine/${newcomer.id}/report?m=2021-01`, 'report-form');

      await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
      await signIn(page, 'staff.cu@otou.demo');
      await visit('the acceptance queue', '/employment/queue', 'queue-list');
      await visit('a certificate of service', `/employment/certificate/${longest.id}`, 'certificate');
      await visit('a certificate not earned yet', `/employment/certificate/${newcomer.id}`, 'certificate-missing');
      await visit('the Ministry of Labour files', '/employment/exports', 'exports');

      await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
      await signIn(page, 'central@otou.demo');
      await visit('the national hiring dashboard', '/employment/dashboard', 'dash-units');
      await visit('a tambon\'s workers on the dashboard', `/employment/dashboard?n=${upperCentral}&u=${chula}&t=${huaiHaeng}`, 'dash-workers');
    });
  });
}
