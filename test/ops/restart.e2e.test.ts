import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { postGraphql, startHubProcess } from '../support/hub.js';

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'clsm-restart-'));

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const messages = (logs: string[]) => logs.map((line) => JSON.parse(line).msg as string);
const partnerCount = async (url: string) =>
  ((await postGraphql(url, { query: '{ partners { totalCount } }' })).json?.data?.partners as { totalCount: number }).totalCount;

// `npm start` on a fresh machine: no DATABASE_URL, so an embedded PostgreSQL in DATA_DIR.
describe('the embedded database', () => {
  it('is created on first start, kept across a restart, and shut down gracefully', async () => {
    const env = { DATA_DIR: dataDir, DATABASE_URL: '', NODE_ENV: 'development' };
    const started = Date.now();
    const first = await startHubProcess(env);
    console.log(`first start to ready: ${Date.now() - started} ms`);
    expect(messages(first.logs)).toEqual(expect.arrayContaining(['embedded PostgreSQL started', 'migrations applied', 'demo data loaded']));
    const count = await partnerCount(first.url);
    expect(count).toBeGreaterThanOrEqual(40);
    expect(await first.stop()).toBe(0);

    const restarted = Date.now();
    const second = await startHubProcess(env);
    console.log(`restart to ready: ${Date.now() - restarted} ms`);
    expect(messages(second.logs)).not.toContain('migrations applied');
    expect(messages(second.logs)).not.toContain('demo data loaded');
    expect(await partnerCount(second.url)).toBe(count);
    expect(await second.stop()).toBe(0);
  });
});
