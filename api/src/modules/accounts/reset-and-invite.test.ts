import { describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/accounts.data.js';
import { useAccountsServer } from './account.test-helpers.js';

const env = useAccountsServer();
const me = '{ me { email roles { role partner { slug } } } }';
const requestReset = 'mutation($e: String!) { requestPasswordReset(email: $e) }';
const reset = 'mutation($t: String!, $p: String!) { resetPassword(token: $t, password: $p) }';
const invite = `mutation($input: InvitationInput!) { inviteMember(input: $input) { email role } }`;
const accept = `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email roles { role partner { slug } } } }`;

async function partnerId(slug: string): Promise<string> {
  const [{ id }] = await env.database.dataSource.query('SELECT id FROM partner WHERE slug = $1', [slug]);
  return id;
}

describe('password reset', () => {
  it('mails a one-time link that sets a new password and closes the old sessions', async () => {
    const email = 'membre.gem@example.org';
    const oldSession = await env.server.signIn(email, demoPassword);
    expect((await env.server.graphql(requestReset, { e: email })).data).toEqual({ requestPasswordReset: true });
    const token = env.outbox.lastToken(email, '/reinitialisation/');
    expect(token).toBeTruthy();

    const tooShort = await env.server.graphql(reset, { t: token, p: 'court' });
    expect(tooShort.errors?.[0]?.message).toMatch(/au moins 10 caractères/);

    expect((await env.server.graphql(reset, { t: token, p: 'un-nouveau-mot-de-passe' })).data).toEqual({ resetPassword: true });
    expect((await env.server.graphql(me, {}, oldSession)).data?.me).toBeNull();
    await expect(env.server.signIn(email, demoPassword)).rejects.toThrow();
    expect(await env.server.signIn(email, 'un-nouveau-mot-de-passe')).toMatch(/clsm_session=/);

    const again = await env.server.graphql(reset, { t: token, p: 'encore-un-autre-mot' });
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/plus valable/) });
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const sent = env.outbox.sent.length;
    expect((await env.server.graphql(requestReset, { e: 'inconnu@example.org' })).data).toEqual({ requestPasswordReset: true });
    expect(env.outbox.sent.length).toBe(sent);
  });

  it('refuses an expired link', async () => {
    const email = 'referent.bailleur@example.org';
    await env.server.graphql(requestReset, { e: email });
    const token = env.outbox.lastToken(email, '/reinitialisation/');
    await env.database.dataSource.query(`UPDATE one_time_token SET expires_at = now() - interval '1 second' WHERE email = $1`, [email]);
    expect((await env.server.graphql(reset, { t: token, p: 'un-nouveau-mot-de-passe' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('invitations', () => {
  it('lets a partner admin invite a colleague, who creates an account with the role', async () => {
    const admin = await env.server.signIn('admin.unafam@example.org', demoPassword);
    const unafam = await partnerId('unafam-moselle');
    const sent = await env.server.graphql(invite, { input: { email: 'nouvelle@example.org', role: 'MEMBER', territory: 'clsm-metz', partnerId: unafam } }, admin);
    expect(sent.data).toEqual({ inviteMember: { email: 'nouvelle@example.org', role: 'MEMBER' } });
    const token = env.outbox.lastToken('nouvelle@example.org', '/invitation/');

    const accepted = await env.server.graphql(accept, { input: { token, firstName: 'Nina', lastName: 'Nouvelle', password: 'mot-de-passe-solide' } });
    expect(accepted.data).toEqual({ acceptInvitation: { email: 'nouvelle@example.org', roles: [{ role: 'MEMBER', partner: { slug: 'unafam-moselle' } }] } });
    expect(accepted.setCookie.join()).toMatch(/clsm_session=/);
    expect((await env.server.graphql(accept, { input: { token, firstName: 'X', lastName: 'Y', password: 'mot-de-passe-solide' } })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps a partner admin to its own structure and to its colleagues’ roles', async () => {
    const admin = await env.server.signIn('admin.unafam@example.org', demoPassword);
    const other = await partnerId('gem-l-albatros');
    const elsewhere = await env.server.graphql(invite, { input: { email: 'x@example.org', role: 'MEMBER', territory: 'clsm-metz', partnerId: other } }, admin);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const coordinator = await env.server.graphql(invite, { input: { email: 'x@example.org', role: 'COORDINATOR', territory: 'clsm-metz' } }, admin);
    expect(coordinator.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const anonymous = await env.server.graphql(invite, { input: { email: 'x@example.org', role: 'MEMBER', territory: 'clsm-metz', partnerId: other } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets the coordinator invite any role, and an existing account gains it once signed in', async () => {
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    const amli = await partnerId('amli');
    await env.server.graphql(invite, { input: { email: 'admin.unafam@example.org', role: 'HOUSING_OPERATOR', territory: 'clsm-metz', partnerId: amli } }, coordinator);
    const token = env.outbox.lastToken('admin.unafam@example.org', '/invitation/');

    const signedOut = await env.server.graphql(accept, { input: { token } });
    expect(signedOut.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await env.server.graphql(invite, { input: { email: 'admin.unafam@example.org', role: 'HOUSING_OPERATOR', territory: 'clsm-metz', partnerId: amli } }, coordinator);
    const second = env.outbox.lastToken('admin.unafam@example.org', '/invitation/');
    const admin = await env.server.signIn('admin.unafam@example.org', demoPassword);
    const accepted = await env.server.graphql(accept, { input: { token: second } }, admin);
    expect(accepted.data?.acceptInvitation).toMatchObject({ roles: expect.arrayContaining([{ role: 'HOUSING_OPERATOR', partner: { slug: 'amli' } }]) });
  });

  it('refuses a coordinator role bound to a structure, and a partner role without one', async () => {
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    const amli = await partnerId('amli');
    const bound = await env.server.graphql(invite, { input: { email: 'y@example.org', role: 'COORDINATOR', territory: 'clsm-metz', partnerId: amli } }, coordinator);
    expect(bound.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unbound = await env.server.graphql(invite, { input: { email: 'y@example.org', role: 'MEMBER', territory: 'clsm-metz' } }, coordinator);
    expect(unbound.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
