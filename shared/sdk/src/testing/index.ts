export { moduleHarness, ModuleHarness, type HarnessOptions } from './harness.ts';
export { stubApi, ok, failure, type ApiCall } from './server.ts';
