import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download cannot work on these machines.
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'specs',
  globalSetup: './fixtures/globalSetup.ts',
  // The stories share one platform and change its module switches, so they run one at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // A story of several people and pages takes 10–30 s on a 2-core machine under load; this is a safety net for
  // hung stories, not a speed goal (those live in bench/).
  timeout: 90_000,
  expect: { timeout: 7_000 },
  reporter: process.env['OTOU_TEST_REPORT'] ? [['list'], ['json', { outputFile: process.env['OTOU_TEST_REPORT'] }]] : [['list']],
  use: {
    headless: true,
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
});
