import { defineConfig } from 'vitest/config';

// Integration tests: each file starts its own real PocketBase on a free port with a temporary data folder.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
