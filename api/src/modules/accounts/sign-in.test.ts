import { describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/accounts.data.js';
import { useAccountsServer } from './account.test-helpers.js';

const env = useAccountsServer();
const meQuery = '{ me { email displayName roles { role roleLabel territory { slug } partner { slug } } } }';
const signIn = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }';

describe('sign-in and sessions', () => {
  it('opens a session behind an httpOnly, SameSite=Lax cookie', async () => {
    const result = await env.server.graphql(signIn, { e: 'Admin.Unafam@example.org ', p: demoPassword });
    expect(result.errors).toBeUndefined();
    const [cookie] = result.setCookie;
    expect(cookie).toMatch(/^clsm_session=[A-Za-z0-9_-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);

    const me = await env.server.graphql(meQuery, {}, cookie.split(';')[0]);
    expect(me.data?.me).toEqual({
      email: 'admin.unafam@example.org',
      displayName: 'Alice Démo',
      roles: [{ role: 'PARTNER_ADMIN', roleLabel: 'Administrateur de la structure', territory: { slug: 'clsm-metz' }, partner: { slug: 'unafam-moselle' } }],
    });
  });

  it('is anonymous without a cookie, and with a forged one (which it drops)', async () => {
    expect((await env.server.graphql(meQuery)).data?.me).toBeNull();
    const forged = await env.server.graphql(meQuery, {}, 'clsm_session=forged-token');
    expect(forged.data?.me).toBeNull();
    expect(forged.setCookie.join()).toMatch(/clsm_session=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('refuses a wrong password with one message whether or not the account exists', async () => {
    const wrong = await env.server.graphql(signIn, { e: 'membre.gem@example.org', p: 'not-the-password' });
    const unknown = await env.server.graphql(signIn, { e: 'nobody@example.org', p: 'not-the-password' });
    for (const result of [wrong, unknown]) {
      expect(result.errors?.[0]).toMatchObject({ message: 'Adresse e-mail ou mot de passe incorrect.', extensions: { code: 'BAD_USER_INPUT' } });
      expect(result.setCookie).toEqual([]);
    }
  });

  it('ends the session on sign-out', async () => {
    const cookie = await env.server.signIn('referent.bailleur@example.org', demoPassword);
    const out = await env.server.graphql('mutation { signOut }', {}, cookie);
    expect(out.data).toEqual({ signOut: true });
    expect(out.setCookie.join()).toMatch(/clsm_session=;/);
    expect((await env.server.graphql(meQuery, {}, cookie)).data?.me).toBeNull();
  });

  it('expires sessions', async () => {
    const cookie = await env.server.signIn('soins.erah@example.org', demoPassword);
    await env.database.dataSource.query(
      `UPDATE session SET expires_at = now() - interval '1 second'
       WHERE user_id = (SELECT id FROM user_account WHERE email = 'soins.erah@example.org')`,
    );
    expect((await env.server.graphql(meQuery, {}, cookie)).data?.me).toBeNull();
  });

  it('throttles an account after 5 failures, even with the right password then', async () => {
    const email = 'operateur.amli@example.org';
    for (let i = 0; i < 5; i += 1) {
      const failed = await env.server.graphql(signIn, { e: email, p: `wrong-${i}` });
      expect(failed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const blocked = await env.server.graphql(signIn, { e: email, p: demoPassword });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.errors?.[0]?.message).toMatch(/Trop de tentatives/);
    expect(blocked.setCookie).toEqual([]);
    const [{ count }] = await env.database.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'sign_in.throttled'`,
    );
    expect(count).toBeGreaterThanOrEqual(1);
  });

  it('throttles an address after 20 failures across accounts', async () => {
    // The per-account count of the previous test is spent; use fresh addresses from the same IP.
    const before = await env.database.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_event WHERE action = 'sign_in.failed' AND created_at > now() - interval '15 minutes'`,
    );
    for (let i = before[0].count; i < 20; i += 1) await env.server.graphql(signIn, { e: `someone${i}@example.org`, p: 'whatever-pass' });
    const blocked = await env.server.graphql(signIn, { e: 'coordination@example.org', p: demoPassword });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('keeps the audit log append-only', async () => {
    await expect(env.database.dataSource.query(`UPDATE audit_event SET action = 'nothing'`)).rejects.toThrow(/append-only/);
    await expect(env.database.dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
  });
});
