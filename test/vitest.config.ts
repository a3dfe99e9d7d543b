import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.e2e.test.ts'],
    globalSetup: ['support/global-setup.ts'],
    // A browser test that walks several pages and runs axe on each takes tens of seconds while
    // the API suite shares the two cores; a hung step still fails on Playwright's own timeouts.
    testTimeout: 120_000,
    hookTimeout: 90_000,
    // Each file starts a hub process and maybe a browser: two at a time suit a 2-core machine.
    maxWorkers: 2,
  },
});
