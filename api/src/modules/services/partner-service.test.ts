import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/accounts.data.js';
import { useAccountsServer } from '../accounts/account.test-helpers.js';

const env = useAccountsServer();

const serviceFields = `{ id slug name description accessConditions receptionModes openingHours openingHoursText capacity version themes { code } publics { code } partner { slug } }`;
const create = `mutation($p: ID!, $f: PartnerServiceFieldsInput!) { createPartnerService(partnerId: $p, fields: $f) ${serviceFields} }`;
const update = `mutation($id: ID!, $v: Int!, $f: PartnerServiceFieldsInput!) { updatePartnerService(id: $id, version: $v, fields: $f) ${serviceFields} }`;
const remove = `mutation($id: ID!, $v: Int!) { removePartnerService(id: $id, version: $v) }`;

interface Service {
  id: string;
  slug: string;
  name: string;
  version: number;
  capacity: number | null;
  openingHoursText: string[] | null;
}

let unafamId = '';
let cookies: Record<'coordinator' | 'unafamAdmin' | 'gemMember', string>;

beforeAll(async () => {
  const [{ id }] = await env.database.dataSource.query(`SELECT id FROM partner WHERE slug = 'unafam-moselle'`);
  unafamId = id;
  cookies = {
    coordinator: await env.server.signIn('coordination@example.org', demoPassword),
    unafamAdmin: await env.server.signIn('admin.unafam@example.org', demoPassword),
    gemMember: await env.server.signIn('membre.gem@example.org', demoPassword),
  };
});

describe('services of a partner', () => {
  it('shows the documents’ services on the partner, with the IML capacity of 20 places', async () => {
    const result = await env.server.graphql<{ partner: { services: Array<{ name: string; capacity: number | null }> } }>(
      `{ partner(slug: "amli") { services { name capacity } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.partner.services).toEqual([{ name: 'Logements accompagnés en intermédiation locative (IML)', capacity: 20 }]);
    const gem = await env.server.graphql<{ service: { partner: { slug: string } } }>(`{ service(slug: "gem-l-albatros-entraide-entre-pairs") { partner { slug } } }`);
    expect(gem.data!.service.partner.slug).toBe('gem-l-albatros');
  });

  it('lets the partner’s administrator add, change and remove a service, versioned and audited', async () => {
    const created = await env.server.graphql<{ createPartnerService: Service }>(
      create,
      {
        p: unafamId,
        f: { name: 'Groupe de parole des familles', themes: ['famille--soutien-aidants'], publics: ['familles'], receptionModes: ['en-presentiel'], openingHours: 'Tu 18:00-20:00' },
      },
      cookies.unafamAdmin,
    );
    expect(created.errors).toBeUndefined();
    const service = created.data!.createPartnerService;
    expect(service).toMatchObject({ slug: 'unafam-moselle-groupe-de-parole-des-familles', version: 1, openingHoursText: ['Mardi : 18 h à 20 h'] });

    const changed = await env.server.graphql<{ updatePartnerService: Service }>(update, { id: service.id, v: 1, f: { capacity: 12 } }, cookies.unafamAdmin);
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updatePartnerService).toMatchObject({ capacity: 12, version: 2 });

    const stale = await env.server.graphql(update, { id: service.id, v: 1, f: { capacity: 15 } }, cookies.coordinator);
    expect(stale.errors?.[0].extensions?.code).toBe('CONFLICT');

    const removed = await env.server.graphql(remove, { id: service.id, v: 2 }, cookies.coordinator);
    expect(removed.errors).toBeUndefined();
    const audit = await env.database.dataSource.query(`SELECT action FROM audit_event WHERE target_id = $1 ORDER BY id`, [service.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['service.created', 'service.updated', 'service.deleted']);
    const [{ count }] = await env.database.dataSource.query(`SELECT count(*)::int AS count FROM partner_service WHERE id = $1`, [service.id]);
    expect(count).toBe(0);
  });

  it('refuses those who may not edit the entry: anonymous, a member of another partner', async () => {
    const anonymous = await env.server.graphql(create, { p: unafamId, f: { name: 'Service pirate' } });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const member = await env.server.graphql(create, { p: unafamId, f: { name: 'Service pirate' } }, cookies.gemMember);
    expect(member.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ id, version }] = await env.database.dataSource.query(`SELECT id, version FROM partner_service WHERE slug = 'amli-logements-accompagnes-iml'`);
    const other = await env.server.graphql(update, { id, v: version, f: { capacity: 0 } }, cookies.unafamAdmin);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ capacity }] = await env.database.dataSource.query(`SELECT capacity FROM partner_service WHERE id = $1`, [id]);
    expect(capacity).toBe(20);
  });

  it('checks the fields and answers in French, naming the field', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: '  ' }, 'name'],
      [{ name: 'Ok', themes: [] }, 'name'],
      [{ name: 'Accueil', themes: ['pas-un-theme'] }, 'themes'],
      [{ name: 'Accueil', publics: ['martiens'] }, 'publics'],
      [{ name: 'Accueil', receptionModes: ['par-pigeon'] }, 'receptionModes'],
      [{ name: 'Accueil', openingHours: 'tous les jours' }, 'openingHours'],
      [{ name: 'Accueil', capacity: -1 }, 'capacity'],
    ];
    for (const [fields, field] of cases) {
      const result = await env.server.graphql(create, { p: unafamId, f: fields }, cookies.coordinator);
      expect(result.errors?.[0].extensions?.code, JSON.stringify(fields)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].extensions?.field).toBe(field);
      expect(result.errors?.[0].message).toMatch(/[«é]/);
    }
    const [{ count }] = await env.database.dataSource.query(`SELECT count(*)::int AS count FROM partner_service WHERE partner_id = $1`, [unafamId]);
    expect(count).toBe(0);
  });
});
