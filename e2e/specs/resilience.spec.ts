import { expect, PASSWORD, test } from '../fixtures/platform.ts';

test('a module whose bundle is missing shows its error tile with a retry, while another module still opens', async ({ page, loginPage, shell }) => {
  let missing = true;
  await page.route('**/modules/assessment/**', (route) => (missing ? route.fulfill({ status: 404, body: 'Not found' }) : route.continue()));

  await loginPage.open();
  await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
  await shell.expectSignedIn();

  await test.step('When I open the module whose code is not there', async () => {
    await shell.openModule('assessment');
  });
  await test.step('Then I see an error tile naming it, with a retry button', async () => {
    await expect(shell.errorTile).toContainText('โหลดโมดูล ประเมินตำบล ไม่สำเร็จ');
    await expect(shell.errorTile.getByRole('button', { name: 'ลองใหม่' })).toBeVisible();
  });
  await test.step('And the navigation and the other modules still work', async () => {
    await shell.openModule('budget');
    await expect(shell.errorTile).toHaveCount(0);
    await expect(shell.module('budget').getByTestId('tambon-count')).toHaveText('3');
  });
  await test.step('When the bundle is back, retry opens the module', async () => {
    await shell.openModule('assessment');
    await expect(shell.errorTile).toBeVisible();
    missing = false;
    await shell.errorTile.getByRole('button', { name: 'ลองใหม่' }).click();
    await expect(shell.module('assessment').getByRole('heading', { level: 1 })).toHaveText('ประเมินตำบล');
    await expect(shell.errorTile).toHaveCount(0);
  });
});

test('a module that throws while mounting shows its error tile and leaves the rest working', async ({ page, loginPage, shell }) => {
  // The version the registry names (/modules/employment/<v>/spa.js), or the dev build's unversioned file.
  await page.route('**/modules/employment/**/spa.js*', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/javascript',
      body: 'export async function bootstrap() {}\nexport async function mount() { throw new Error("broken release"); }\nexport async function unmount() {}\n',
    }),
  );
  await loginPage.open();
  await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
  await shell.openModule('employment');
  await expect(shell.errorTile).toContainText('โมดูล การจ้างงาน ทำงานผิดพลาดขณะเปิด');
  await shell.openModule('pitching');
  await expect(shell.module('pitching').getByRole('heading', { level: 1 })).toHaveText('ประกวด Pitching');
});

test('a module team points one module at another build with import-map-overrides, served by the platform itself', async ({ page, loginPage, shell }) => {
  // What `importMapOverrides.addOverride(...)` stores: only this browser loads the overridden code, and only once
  // its developer turned the dev tools on (README, "Developing one module against a running shell").
  await page.addInitScript(() => {
    localStorage.setItem('otou-devtools', 'true');
    localStorage.setItem('import-map-override:@otou/pitching', '/modules/budget/spa.js');
  });
  const cdn: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(process.env['PLATFORM_URL']!)) cdn.push(r.url());
  });
  await loginPage.open();
  await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
  await shell.openModule('pitching');
  // The budget build mounts at /pitching: its own routes do not know the path, and it says so in its own frame.
  await expect(shell.module('budget')).toBeVisible();
  await expect(shell.module('pitching')).toHaveCount(0);
  expect(await page.evaluate(() => typeof (window as { importMapOverrides?: unknown }).importMapOverrides)).toBe('object');
  expect(cdn).toEqual([]);
});

test('an override left in a browser without the dev tools is ignored: import-map-overrides is not even downloaded', async ({ page, loginPage, shell }) => {
  await page.addInitScript(() => localStorage.setItem('import-map-override:@otou/pitching', '/modules/budget/spa.js'));
  const overrides: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('import-map-overrides')) overrides.push(r.url());
  });
  await loginPage.open();
  await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
  await shell.openModule('pitching');
  await expect(shell.module('pitching').getByRole('heading', { level: 1 })).toHaveText('ประกวด Pitching');
  expect(await page.evaluate(() => typeof (window as { importMapOverrides?: unknown }).importMapOverrides)).toBe('undefined');
  expect(overrides).toEqual([]);
});
