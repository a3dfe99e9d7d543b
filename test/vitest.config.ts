import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 90_000,
    // Each file starts a hub process and maybe a browser: two at a time suit a 2-core machine.
    maxWorkers: 2,
  },
});
