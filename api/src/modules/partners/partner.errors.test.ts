import { describe, expect, it } from 'vitest';
import { Contact } from './contact.entity.js';
import { Partner } from './partner.entity.js';
import { useDemoDirectory } from './partner.test-helpers.js';

const directory = useDemoDirectory();

const count = (args: string) => `{ partners(${args}) { totalCount } }`;
const withFilter = 'query($filter: PartnerFilter) { partners(filter: $filter) { totalCount } }';
const withFirst = 'query($first: Int) { partners(first: $first) { totalCount } }';
const firstOutOfRange = '« first » doit être compris entre 1 et 100.';

async function post(body: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${directory.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return { status: response.status, text: await response.text() };
}

const request = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

const cases: Array<{ name: string; body: string; code: string; message: string }> = [
  {
    name: 'an unknown sector literal',
    body: request(count('filter: { sectors: [CAR] }')),
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Valeur inconnue « CAR » pour Sector.',
  },
  {
    name: 'an unknown sector variable',
    body: request(withFilter, { filter: { sectors: ['CAR'] } }),
    code: 'BAD_USER_INPUT',
    message: 'Valeur invalide pour la variable « filter ».',
  },
  { name: 'first: -1', body: request(count('first: -1')), code: 'BAD_USER_INPUT', message: firstOutOfRange },
  { name: 'first: 0', body: request(withFirst, { first: 0 }), code: 'BAD_USER_INPUT', message: firstOutOfRange },
  { name: 'first: 100000', body: request(count('first: 100000')), code: 'BAD_USER_INPUT', message: firstOutOfRange },
  {
    name: 'first beyond 32 bits',
    body: request(count('first: 10000000000')),
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Ce nombre est trop grand.',
  },
  {
    name: 'first as text',
    body: request(withFirst, { first: 'vingt' }),
    code: 'BAD_USER_INPUT',
    message: 'Valeur invalide pour la variable « first ».',
  },
  {
    name: 'a 10,000-character search',
    body: request(withFilter, { filter: { search: 'santé'.repeat(2_000) } }),
    code: 'BAD_USER_INPUT',
    message: 'La recherche est trop longue (200 caractères au plus).',
  },
  {
    name: 'an unknown theme code',
    body: request(withFilter, { filter: { themes: ['sante--imaginaire'] } }),
    code: 'BAD_USER_INPUT',
    message: 'Thématique inconnue : « sante--imaginaire ».',
  },
  {
    name: 'too many filter values',
    body: request(withFilter, { filter: { communes: Array.from({ length: 51 }, (_, i) => `Commune ${i}`) } }),
    code: 'BAD_USER_INPUT',
    message: 'Trop de valeurs pour le filtre « communes » (50 au plus).',
  },
  {
    name: 'a malformed JSON body',
    body: '{"query": "{ partners { totalCount } }"',
    code: 'BAD_REQUEST',
    message: 'Requête mal formée.',
  },
  {
    name: 'a syntax error',
    body: request('{ partners(first: 5 { totalCount } }'),
    code: 'GRAPHQL_PARSE_FAILED',
    message: 'Requête GraphQL mal formée.',
  },
  {
    // Close to "name", so graphql-js would suggest it.
    name: 'a field that does not exist',
    body: request('{ partners { edges { node { nme } } } }'),
    code: 'GRAPHQL_VALIDATION_FAILED',
    message: 'Le champ « nme » n’existe pas sur Partner.',
  },
];

describe('errors of the directory API', () => {
  it.each(cases)('answers $name with a clean French client error', async ({ body, code, message }) => {
    const { status, text } = await post(body);
    expect(status).toBeLessThan(500);
    const { errors } = JSON.parse(text) as { errors: Array<{ message: string; extensions: Record<string, unknown> }> };
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe(message);
    expect(errors[0].extensions.code).toBe(code);
    expect(errors[0].extensions).not.toHaveProperty('stacktrace');
    expect(errors[0].extensions).not.toHaveProperty('exception');
    expect(text).not.toMatch(/\bat .+:\d+:\d+/);
    expect(text).not.toMatch(/did you mean/i);
  });

  it('answers null for an unknown partner', async () => {
    const result = await directory.server.graphql('{ partner(slug: "inconnu") { name } }');
    expect(result).toMatchObject({ status: 200, data: { partner: null } });
    expect(result.errors).toBeUndefined();
  });
});

describe('contact details', () => {
  it('are hidden from the anonymous public although the database holds them', async () => {
    const partner = await directory.dataSource.getRepository(Partner).findOneByOrFail({ slug: 'ch-jury' });
    const stored = await directory.dataSource.getRepository(Contact).findBy({ partnerId: partner.id });
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.every((contact) => contact.email && contact.phone)).toBe(true);

    const { status, text } = await post(
      request('{ partner(slug: "ch-jury") { contacts { function email phone person { displayName } } } }'),
    );
    expect(status).toBe(200);
    const contacts = JSON.parse(text).data.partner.contacts as Array<Record<string, unknown>>;
    expect(contacts).toHaveLength(stored.length);
    for (const contact of contacts) {
      expect(contact).toMatchObject({ email: null, phone: null, function: expect.any(String) });
    }
    for (const { email, phone } of stored) {
      expect(text).not.toContain(email);
      expect(text).not.toContain(phone);
    }
  });

  it('are hidden in directory pages too', async () => {
    type Page = { partners: { edges: Array<{ node: { contacts: Array<{ email: unknown; phone: unknown }> } }> } };
    const result = await directory.server.graphql<Page>('{ partners(first: 100) { edges { node { contacts { email phone } } } } }');
    const contacts = result.data!.partners.edges.flatMap((edge) => edge.node.contacts);
    expect(contacts.length).toBeGreaterThan(10);
    expect(contacts.every((contact) => contact.email === null && contact.phone === null)).toBe(true);
  });
});
