import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startHubWithFreshDatabase, type HubProcess } from './hub.js';

/**
 * A hub on a fresh database for this test file, and a browser if asked. It runs in production
 * mode unless `demoAccounts` is asked: demo accounts are refused in production. `env` adds
 * environment variables to the hub's process.
 */
export function useHub(options: { browser?: boolean; demoAccounts?: boolean; env?: Record<string, string> } = {}) {
  const fixture = {} as { hub: HubProcess; browser: Browser };
  beforeAll(async () => {
    [fixture.hub, fixture.browser] = await Promise.all([
      startHubWithFreshDatabase({ ...(options.demoAccounts ? { NODE_ENV: 'development' } : {}), ...options.env }),
      options.browser ? launchBrowser() : (undefined as unknown as Browser),
    ]);
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.hub?.stop();
  });
  return fixture;
}
