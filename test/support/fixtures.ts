import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startHubWithFreshDatabase, type HubProcess } from './hub.js';

export interface PageOptions {
  viewport?: { width: number; height: number };
  javaScriptEnabled?: boolean;
  /** Playwright's step timeout, when a file wants its steps to fail sooner or later than 30 s. */
  timeout?: number;
}

/**
 * A hub on a fresh database for this test file, and a browser if asked. It runs in production
 * mode unless `demoAccounts` is asked: demo accounts are refused in production. `env` adds
 * environment variables to the hub's process. `newPage` opens a French page in a context of its
 * own (its own cookies), closed with the file.
 */
export function useHub(options: { browser?: boolean; demoAccounts?: boolean; env?: Record<string, string> } = {}) {
  const contexts: BrowserContext[] = [];
  const fixture = {
    async newPage({ timeout, ...contextOptions }: PageOptions = {}): Promise<Page> {
      const context = await fixture.browser.newContext({ locale: 'fr-FR', ...contextOptions });
      contexts.push(context);
      const page = await context.newPage();
      if (timeout) page.setDefaultTimeout(timeout);
      return page;
    },
  } as { hub: HubProcess; browser: Browser; newPage(options?: PageOptions): Promise<Page> };
  beforeAll(async () => {
    [fixture.hub, fixture.browser] = await Promise.all([
      startHubWithFreshDatabase({ ...(options.demoAccounts ? { NODE_ENV: 'development' } : {}), ...options.env }),
      options.browser ? launchBrowser() : (undefined as unknown as Browser),
    ]);
  });
  afterAll(async () => {
    await Promise.all(contexts.map((context) => context.close()));
    await fixture.browser?.close();
    await fixture.hub?.stop();
  });
  return fixture;
}
