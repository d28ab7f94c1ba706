import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

// Component tests in jsdom; Svelte resolves to its browser build there and each test cleans up after itself.
export default defineConfig({
  plugins: [svelte(), svelteTesting()],
  resolve: { conditions: ['browser'] },
  test: { environment: 'jsdom', include: ['src/**/*.test.ts'] },
});
