import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { ensureDatabase } from '@clsm/api/ensure-database';
import { freePort } from '@clsm/api/embedded-postgres';
import { signInCookie } from '../support/accounts.js';
import { launchBrowser, openHydrated } from '../support/browser.js';
import { postGraphql, startHubProcess, type HubProcess } from '../support/hub.js';

// A fault test: the server behind a live meeting page restarts; the page reconnects by itself
// and shows the next change without being reloaded.
let env: Record<string, string>;
let hub: HubProcess;
let browser: Browser;

beforeAll(async () => {
  const databaseUrl = await ensureDatabase(inject('adminDatabaseUrl'), `clsm_e2e_${randomBytes(6).toString('hex')}`);
  env = { DATABASE_URL: databaseUrl, DEMO_DATA: 'true', NODE_ENV: 'development', PORT: String(await freePort()) };
  [hub, browser] = await Promise.all([startHubProcess(env), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe('a live meeting page across a server restart', () => {
  it('reconnects and shows the next change', async () => {
    const cookie = await signInCookie(hub.url, 'coordination@example.org');
    const group = await postGraphql(hub.url, { query: '{ group(slug: "logement-sante-mentale") { meetings { id status } } }' }, { cookie });
    const meetingId = (group.json?.data as { group: { meetings: Array<{ id: string; status: string }> } }).group.meetings.find((m) => m.status === 'PLANNED')!.id;

    const context = await browser.newContext({ locale: 'fr-FR' });
    await context.addCookies([{ name: 'clsm_session', value: cookie.split('=')[1], url: hub.url }]);
    const page = await context.newPage();
    await openHydrated(page, `${hub.url}/reunions/${meetingId}`);
    const status = page.locator('p.live');
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('live');

    expect(await hub.stop()).toBe(0);
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 10_000 }).toBe('reconnecting');
    hub = await startHubProcess(env);
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 40_000, interval: 250 }).toBe('live');

    const meeting = await postGraphql(hub.url, { query: `{ meeting(id: "${meetingId}") { version } }` });
    const version = (meeting.json?.data as { meeting: { version: number } }).meeting.version;
    const renamed = await postGraphql(
      hub.url,
      { query: `mutation { updateMeeting(meetingId: "${meetingId}", version: ${version}, fields: { title: "Réunion après redémarrage" }) { title } }` },
      { cookie },
    );
    expect(renamed.json?.errors).toBeUndefined();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), { timeout: 5_000 }).toContain('Réunion après redémarrage');
    await context.close();
  }, 90_000);
});
