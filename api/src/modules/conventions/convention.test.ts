import { describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/accounts.data.js';
import { useAccountsServer } from '../accounts/account.test-helpers.js';

const env = useAccountsServer();
const change = `mutation($id: ID!, $v: Int!, $s: ConventionStatus!, $on: String!, $at: String) {
  changeConventionStatus(conventionId: $id, version: $v, status: $s, effectiveOn: $on, signedAt: $at) { status version signedOn signedAt } }`;
const party = `mutation($id: ID!, $v: Int!, $p: ID!) { setConventionParty(conventionId: $id, version: $v, partnerId: $p, role: SIGNATORY, present: true) { version } }`;

async function draft(): Promise<{ id: string; version: number }> {
  const [row] = await env.database.dataSource.query(
    `INSERT INTO convention (territory_id, slug, title, status) SELECT id, 'essai-' || gen_random_uuid(), 'Convention d’essai', 'DRAFT' FROM territory WHERE slug = 'clsm-metz'
     RETURNING id, version`,
  );
  return row;
}

const partnerId = async (slug: string) => (await env.database.dataSource.query(`SELECT id FROM partner WHERE slug = $1`, [slug]))[0].id;

describe('conventions', () => {
  it('hold the 2018 framework convention and the 2019 one, as the documents tell', async () => {
    const result = await env.server.graphql<{ conventions: Array<{ slug: string; statusLabel: string; signedOn: string; signedAt: string; objectives: Array<{ position: number }>; parties: Array<{ role: string; partner: { slug: string } }>; timeline: Array<{ toStatus: string; effectiveOn: string }>; preparatoryMeetings: Array<{ startsAt: string }> }> }>(
      `{ conventions(territory: "clsm-metz") { slug statusLabel signedOn signedAt objectives { position } parties { role partner { slug } }
         timeline { toStatus effectiveOn } preparatoryMeetings { startsAt } } }`,
    );
    const [recent, framework] = result.data!.conventions;
    expect(framework).toMatchObject({ slug: 'convention-cadre-2018', signedOn: '2018-11-13', statusLabel: 'En vigueur' });
    expect(framework.signedAt).toMatch(/DDCS/);
    expect(framework.objectives.map((o) => o.position)).toEqual([1, 2]);
    expect(framework.timeline.at(0)).toEqual({ toStatus: 'DRAFT', effectiveOn: '2017-12-21' });
    expect(framework.preparatoryMeetings.length).toBeGreaterThanOrEqual(5);
    expect(framework.parties).toContainEqual({ role: 'OPERATOR', partner: { slug: 'amli' } });
    expect(recent).toMatchObject({ slug: 'convention-cmp-bailleurs-2019', signedOn: '2019-12-10' });
  });

  it('cannot skip from draft to in force, nor be signed without two signatories and a place', async () => {
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    const convention = await draft();
    const skip = await env.server.graphql(change, { id: convention.id, v: convention.version, s: 'IN_FORCE', on: '2026-01-10' }, coordinator);
    expect(skip.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: 'Passage impossible de « Projet » à « En vigueur ».' });

    let version = (await env.server.graphql<{ changeConventionStatus: { version: number } }>(change, { id: convention.id, v: convention.version, s: 'NEGOTIATION', on: '2026-01-10' }, coordinator)).data!.changeConventionStatus.version;
    const alone = await env.server.graphql(change, { id: convention.id, v: version, s: 'SIGNED', on: '2026-02-01', at: 'Metz' }, coordinator);
    expect(alone.errors?.[0]?.message).toMatch(/au moins deux parties signataires/);

    for (const slug of ['ch-jury', 'arelor-hlm']) {
      version = (await env.server.graphql<{ setConventionParty: { version: number } }>(party, { id: convention.id, v: version, p: await partnerId(slug) }, coordinator)).data!.setConventionParty.version;
    }
    const noPlace = await env.server.graphql(change, { id: convention.id, v: version, s: 'SIGNED', on: '2026-02-01' }, coordinator);
    expect(noPlace.errors?.[0]?.message).toMatch(/lieu de la signature/);
    const signed = await env.server.graphql<{ changeConventionStatus: { status: string; version: number; signedOn: string } }>(change, { id: convention.id, v: version, s: 'SIGNED', on: '2026-02-01', at: 'Metz' }, coordinator);
    expect(signed.data!.changeConventionStatus).toMatchObject({ status: 'SIGNED', signedOn: '2026-02-01' });
    version = signed.data!.changeConventionStatus.version;

    const ended = await env.server.graphql<{ changeConventionStatus: { version: number } }>(change, { id: convention.id, v: version, s: 'ENDED', on: '2026-03-01' }, coordinator);
    version = ended.data!.changeConventionStatus.version;
    const afterEnd = await env.server.graphql(party, { id: convention.id, v: version, p: await partnerId('amli') }, coordinator);
    expect(afterEnd.errors?.[0]?.message).toBe('Une convention terminée ne peut plus être modifiée.');
    const [{ count }] = await env.database.dataSource.query(`SELECT count(*)::int AS count FROM convention_status_change WHERE convention_id = $1`, [convention.id]);
    expect(count).toBe(3);
  });

  it('is moved by the coordinator only, on the version it read', async () => {
    const convention = await draft();
    const member = await env.server.signIn('admin.unafam@example.org', demoPassword);
    expect((await env.server.graphql(change, { id: convention.id, v: convention.version, s: 'NEGOTIATION', on: '2026-01-10' }, member)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await env.server.graphql(change, { id: convention.id, v: convention.version, s: 'NEGOTIATION', on: '2026-01-10' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const coordinator = await env.server.signIn('coordination@example.org', demoPassword);
    await env.server.graphql(change, { id: convention.id, v: convention.version, s: 'NEGOTIATION', on: '2026-01-10' }, coordinator);
    const stale = await env.server.graphql(change, { id: convention.id, v: convention.version, s: 'DRAFT', on: '2026-01-11' }, coordinator);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
