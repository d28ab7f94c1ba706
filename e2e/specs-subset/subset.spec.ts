import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@otou/server';
import { expect, PASSWORD, test } from '../fixtures/platform.ts';

// This run's platform deploys the budget module only (fixtures/subsetSetup.ts): a network's own copy of the platform
// started with `npm start -- --modules budget`.

/** A demo user's token, signed in through the API as the shell does. */
async function tokenOf(request: import('@playwright/test').APIRequestContext, email: string): Promise<string> {
  const r = await request.post('/trpc/auth.login', { data: { email, password: PASSWORD } });
  expect(r.ok()).toBe(true);
  return ((await r.json()) as { result: { data: { token: string } } }).result.data.token;
}

test('a platform deployed with the budget module only offers budget, and employment is not there', async ({ page, request, loginPage, shell }) => {
  await test.step('When Chulalongkorn staff sign in (their network runs assessment, budget, employment and pitching elsewhere)', async () => {
    await loginPage.open();
    await loginPage.signIn('staff.cu@otou.demo', PASSWORD);
    await shell.expectSignedIn();
  });
  await test.step('Then the navigation lists budget only', async () => {
    await expect.poll(() => shell.moduleLinks()).toEqual(['budget']);
  });
  await test.step('And budget opens as usual', async () => {
    await shell.openModule('budget');
    await expect(shell.module('budget').getByRole('heading', { level: 1 })).toHaveText('งบประมาณและความก้าวหน้า');
  });
  await test.step('When I type the employment address, the shell says there is no such page', async () => {
    await page.goto('/employment');
    await expect(page.getByTestId('not-found')).toContainText('/employment');
    await expect(shell.module('employment')).toHaveCount(0);
  });
  await test.step("And the page's import map names budget's code but not employment's", async () => {
    const map = (await (await request.get('/importmap.json')).json()) as { imports: Record<string, string> };
    expect(Object.keys(map.imports)).toContain('@otou/budget');
    expect(Object.keys(map.imports).filter((k) => /^@otou\/(assessment|employment|training|pitching)$/.test(k))).toEqual([]);
  });
});

test("employment's files and procedures answer not found on a budget-only platform, never a crash", async ({ request }) => {
  await test.step("Employment's code is not served, neither as built nor as a published version; budget's is", async () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'modules', 'employment', 'package.json'), 'utf8')) as { version: string };
    expect((await request.get('/modules/employment/spa.js')).status()).toBe(404);
    expect((await request.get('/modules/employment/manifest.json')).status()).toBe(404);
    expect((await request.get(`/modules/employment/${version}/spa.js`)).status()).toBe(404);
    expect((await request.get('/modules/budget/spa.js')).status()).toBe(200);
    const map = (await (await request.get('/importmap.json')).json()) as { imports: Record<string, string> };
    expect((await request.get(map.imports['@otou/budget']!)).status()).toBe(200);
  });
  const token = await tokenOf(request, 'staff.cu@otou.demo');
  const headers = { authorization: `Bearer ${token}` };
  const input = `?input=${encodeURIComponent(JSON.stringify({}))}`;
  await test.step('A call to employment.* answers NOT_FOUND: "module employment is not deployed", in Thai by default and in English on request', async () => {
    const th = await request.get(`/trpc/employment.dashboard.summary${input}`, { headers });
    expect(th.status()).toBe(404);
    const thBody = (await th.json()) as { error: { message: string; data: { code: string } } };
    expect(thBody.error.data.code).toBe('NOT_FOUND');
    expect(thBody.error.message).toContain('โมดูล employment ไม่ได้ติดตั้ง');
    const en = await request.get(`/trpc/employment.dashboard.summary${input}`, { headers: { ...headers, 'x-otou-lang': 'en' } });
    expect(((await en.json()) as { error: { message: string } }).error.message).toMatch(/module employment is not deployed on this platform/i);
  });
  await test.step('A guest gets the same answer, not a request to sign in', async () => {
    expect((await request.get(`/trpc/employment.dashboard.summary${input}`)).status()).toBe(404);
  });
  await test.step("Budget's procedures answer as usual", async () => {
    const r = await request.get('/trpc/budget.period.list', { headers });
    expect(r.status()).toBe(200);
  });
});
