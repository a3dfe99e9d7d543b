import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCookie } from '../../auth/session-cookie.js';
import { hashToken } from '../../auth/tokens.js';
import type { Viewer } from '../../auth/viewer.js';
import { countStatements } from '../../db/query-counter.js';
import { demoPassword } from '../../demo/accounts.data.js';
import { createSessionService } from '../../graphql/context.js';
import { testDeps } from '../../test-support/test-deps.js';
import { startTestServer } from '../../test-support/test-server.js';
import { useAccountsServer } from './account.test-helpers.js';
import { sessionCacheOf } from './session-cache.js';

const env = useAccountsServer();
// A second API process on the same database, with its own listening connection.
let other: Awaited<ReturnType<typeof startTestServer>>;

beforeAll(async () => {
  await env.server.deps.events.start();
  other = await startTestServer(env.database.dataSource, testDeps(env.database.dataSource));
  await other.deps.events.start();
});
afterAll(async () => {
  await other?.deps.events.close();
  await other?.close();
  await env.server?.deps.events.close();
});

const sessions = () => createSessionService(env.server.deps);

async function resolveCounted(cookie: string): Promise<{ viewer: Viewer; statements: number }> {
  const { result, statements } = await countStatements(() => sessions().resolve(readCookie(cookie)));
  return { viewer: result.viewer, statements };
}

/** Signs in on the other process, then resolves twice here: the second time from memory. */
async function knownSession(email: string): Promise<string> {
  const cookie = await other.signIn(email, demoPassword);
  expect((await resolveCounted(cookie)).statements).toBe(1);
  // Long enough for a notification of the first resolution to arrive, were there one.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const again = await resolveCounted(cookie);
  expect(again).toMatchObject({ statements: 0, viewer: { kind: 'user' } });
  return cookie;
}

/** Resolves until the session no longer opens what it did: a notification takes milliseconds. */
async function untilRevoked(cookie: string, revoked: (viewer: Viewer) => boolean): Promise<Viewer> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const { viewer } = await resolveCounted(cookie);
    if (revoked(viewer) || Date.now() > deadline) return viewer;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const isAnonymous = (viewer: Viewer) => viewer.kind === 'anonymous';

describe('the cache of resolved sessions', () => {
  it('resolves a known session without a statement, expiry pushed later included', async () => {
    await knownSession('coordination@example.org');
  });

  it('forgets a session signed out on another process', async () => {
    const cookie = await knownSession('admin.unafam@example.org');
    expect((await other.graphql('mutation { signOut }', {}, cookie)).data).toEqual({ signOut: true });
    expect(await untilRevoked(cookie, isAnonymous)).toEqual({ kind: 'anonymous' });
  });

  it('forgets a role removed with plain SQL', async () => {
    const cookie = await knownSession('membre.gem@example.org');
    await env.database.dataSource.query(`DELETE FROM role_assignment WHERE user_id = (SELECT id FROM user_account WHERE email = 'membre.gem@example.org')`);
    const viewer = await untilRevoked(cookie, (v) => v.kind === 'user' && v.grants.length === 0);
    expect(viewer).toMatchObject({ kind: 'user', grants: [] });
  });

  it('forgets an account disabled with plain SQL', async () => {
    const cookie = await knownSession('referent.bailleur@example.org');
    await env.database.dataSource.query(`UPDATE user_account SET disabled = true WHERE email = 'referent.bailleur@example.org'`);
    expect(await untilRevoked(cookie, isAnonymous)).toEqual({ kind: 'anonymous' });
  });

  it('forgets a session whose expiry is cut short', async () => {
    const cookie = await knownSession('soins.erah@example.org');
    await env.database.dataSource.query(`UPDATE session SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [hashToken(readCookie(cookie)!)]);
    expect(await untilRevoked(cookie, isAnonymous)).toEqual({ kind: 'anonymous' });
  });

  it('does not keep a resolution that ran across a revocation', async () => {
    const cookie = await other.signIn('operateur.amli@example.org', demoPassword);
    const tokenHash = hashToken(readCookie(cookie)!);
    const cache = sessionCacheOf(env.server.deps.events);
    const keep = cache.beginResolve();
    const { viewer } = await resolveCounted(cookie);
    cache.forgetAccount(viewer.kind === 'user' ? viewer.userId : '');
    keep(tokenHash, { viewer: viewer as Extract<Viewer, { kind: 'user' }>, expiresAt: new Date(Date.now() + 3_600_000) });
    expect(cache.get(tokenHash)).toBeNull();
  });

  it('trusts nothing while the event connection is down', async () => {
    const silent = testDeps(env.database.dataSource);
    const cookie = await other.signIn('financeur.ddcs@example.org', demoPassword);
    const silentSessions = createSessionService(silent);
    for (let i = 0; i < 2; i += 1) {
      const { statements } = await countStatements(() => silentSessions.resolve(readCookie(cookie)));
      expect(statements).toBe(1);
    }
  });
});
