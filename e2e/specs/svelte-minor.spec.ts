import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtManifests, REPO_ROOT, releaseModule, superuserClient } from '@otou/server';
import { expect, PASSWORD, test } from '../fixtures/platform.ts';
import { SVELTE_MINOR_DIST } from '../fixtures/globalSetup.ts';
import { recordScripts, report } from '../fixtures/wire.ts';

const admin = () => superuserClient(process.env['PLATFORM_PB_URL']!, JSON.parse(process.env['PLATFORM_PB_SUPERUSER']!));
const svelteOf = (dist: string) => (JSON.parse(readFileSync(join(REPO_ROOT, dist, 'runtime.json'), 'utf8')) as { versions: { svelte: string } }).versions.svelte;

test('a module released with another Svelte minor runs on its own copy beside the budget module, the others share one', async ({ page, loginPage, shell }) => {
  const platformSvelte = svelteOf('shell/dist');
  const fixtureSvelte = svelteOf(SVELTE_MINOR_DIST);
  // The fixture is pinned to another minor: the case where sharing one Svelte breaks (s.only_child is not a function).
  expect(fixtureSvelte.split('.').slice(0, 2)).not.toEqual(platformSvelte.split('.').slice(0, 2));

  const pb = await admin();
  const pitching = (await builtManifests(join(REPO_ROOT, 'modules'))).find((m) => m.name === 'pitching')!;
  const fixture = JSON.parse(readFileSync(join(REPO_ROOT, SVELTE_MINOR_DIST, 'manifest.json'), 'utf8'));
  await test.step(`Given the pitching team released a build made with Svelte ${fixtureSvelte}`, async () => {
    await releaseModule(pb, fixture, '/modules/svelte-minor/spa.js');
  });
  try {
    const wire = await recordScripts(page);
    await test.step('When the central office opens the budget module, then the module built with the other Svelte, then budget again', async () => {
      await loginPage.open();
      await loginPage.signIn('central@otou.demo', PASSWORD);
      await shell.expectSignedIn();
      await shell.openModule('budget');
      await expect(shell.module('budget').getByRole('heading', { level: 1 })).toBeVisible();
      await shell.openModule('pitching');
    });
    await test.step('Then the other-Svelte module works: its query, its UI kit button and its own state', async () => {
      const mod = shell.module('pitching');
      await expect(mod.getByRole('heading', { level: 1 })).toHaveText(fixture.labels.th);
      await expect(mod.getByTestId('fixture-user')).toHaveText('central@otou.demo');
      await mod.getByRole('button', { name: '+1' }).click();
      await mod.getByRole('button', { name: '+1' }).click();
      await expect(mod.getByTestId('fixture-clicks')).toHaveText('2');
    });
    await test.step('And the budget module still works after it', async () => {
      await shell.openModule('budget');
      await expect(shell.module('budget').getByRole('heading', { level: 1 })).toBeVisible();
      await shell.settled();
    });
    await test.step('And the network shows the shared runtime fetched once, and the other Svelte as a copy of its own', async () => {
      const files = wire.fetched();
      console.log(report('Budget, the other-Svelte module, budget again', files));
      const urls = files.map((f) => f.url);
      expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
      const client = (v: string) => `/vendor/svelte@${v}/internal/client.js`;
      expect(urls).toContain(client(platformSvelte));
      expect(urls).toContain(client(fixtureSvelte));
      // The fixture's SDK and Query are its Svelte's copies; the platform's SDK and Query came once, for the others.
      for (const lib of ['@otou/sdk@', '@tanstack/svelte-query@']) {
        expect(urls.filter((u) => u.startsWith(`/vendor/svelte@${platformSvelte}/${lib}`))).toHaveLength(1);
        expect(urls.filter((u) => u.startsWith(`/vendor/svelte@${fixtureSvelte}/${lib}`))).toHaveLength(1);
      }
    });
  } finally {
    await releaseModule(pb, pitching);
  }
});
