export { moduleHarness, ModuleHarness, type HarnessOptions } from './harness.ts';
