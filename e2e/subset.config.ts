import { defineConfig } from '@playwright/test';
import stories from './playwright.config.ts';

/**
 * The subset deployment's own run (`npm test` runs it after the main one): a platform started with the budget module
 * only. Its report goes beside the main run's (e2e.json → e2e-subset.json), where bootstrap.mjs counts it.
 */
const report = process.env['OTOU_TEST_REPORT']?.replace(/(\.json)?$/, '-subset.json');

export default defineConfig({
  ...stories,
  testDir: 'specs-subset',
  globalSetup: './fixtures/subsetSetup.ts',
  reporter: report ? [['list'], ['json', { outputFile: report }]] : [['list']],
});
