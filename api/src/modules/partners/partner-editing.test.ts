import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/accounts.data.js';
import { useAccountsServer } from '../accounts/account.test-helpers.js';
import { themeCatalog } from '../themes/theme.catalog.js';

const env = useAccountsServer();
const slug = 'unafam-moselle';
const cookies = { admin: '', coordinator: '' };

beforeAll(async () => {
  cookies.admin = await env.server.signIn('admin.unafam@example.org', demoPassword);
  cookies.coordinator = await env.server.signIn('coordination@example.org', demoPassword);
});

const update = `mutation($target: VersionedPartnerInput!, $fields: PartnerFieldsInput!) {
  updatePartner(target: $target, fields: $fields) { version name postalCode website openingHours themes { code } } }`;
const create = `mutation($territory: String!, $fields: PartnerFieldsInput!) {
  createPartner(territory: $territory, fields: $fields) { id slug name version territories { slug } } }`;

async function row(partnerSlug = slug): Promise<Record<string, unknown>> {
  const [found] = await env.database.dataSource.query('SELECT * FROM partner WHERE slug = $1', [partnerSlug]);
  return found;
}

const target = async () => {
  const current = await row();
  return { partnerId: current.id as string, version: current.version as number };
};

async function countRows(table: 'partner_change' | 'audit_event'): Promise<number> {
  const [{ count }] = await env.database.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
  return count;
}

async function userId(email: string): Promise<string> {
  const [{ id }] = await env.database.dataSource.query('SELECT id FROM user_account WHERE email = $1', [email]);
  return id;
}

describe('field validation', () => {
  // Each bad value comes with a good one: the refusal must take the whole edit back.
  const cases: Array<{ name: string; fields: Record<string, unknown>; message: string }> = [
    { name: 'an empty name', fields: { name: '   ' }, message: '« Nom » est obligatoire.' },
    { name: 'a postal code of letters', fields: { postalCode: 'ABC' }, message: '« Code postal » n’a pas le bon format (5 chiffres).' },
    {
      name: 'a javascript: website',
      fields: { website: 'javascript:alert(1)' },
      message: '« Site internet » n’a pas le bon format (commençant par https://).',
    },
    { name: 'an unknown theme code', fields: { themes: ['sante--imaginaire'] }, message: 'Valeur inconnue pour « Thématiques » : sante--imaginaire.' },
    {
      name: 'unparseable opening hours',
      fields: { openingHours: 'quand ça nous chante' },
      message: 'Horaires non reconnus. Exemple : « Mo-Fr 09:00-12:00,14:00-17:00; Sa 09:00-12:00 ».',
    },
    { name: 'a null sector', fields: { sector: null }, message: '« Secteur » est obligatoire.' },
    { name: 'a null kind', fields: { kind: null }, message: '« Type de structure » est obligatoire.' },
  ];

  it.each(cases)('refuses $name in French and leaves the entry as it was', async ({ fields, message }) => {
    const before = await row();
    const [changes, audits] = [await countRows('partner_change'), await countRows('audit_event')];
    const result = await env.server.graphql(update, { target: await target(), fields: { description: 'Une présentation neuve.', ...fields } }, cookies.admin);
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    expect(await row()).toEqual(before);
    expect(await countRows('partner_change')).toBe(changes);
    expect(await countRows('audit_event')).toBe(audits);
  });
});

describe('a valid edit', () => {
  const fields = {
    name: 'UNAFAM – Délégation de Moselle',
    shortName: 'UNAFAM', // unchanged: no history row for it
    postalCode: '57000',
    website: 'https://www.unafam.org/moselle',
    openingHours: 'Mo-Fr 09:00-12:00',
    themes: ['sante--sante-mentale'],
  };
  const changedFields = ['name', 'postalCode', 'website', 'openingHours', 'themeCodes'];
  let edited: { partnerId: string; version: number };
  let previous: Record<string, unknown>;

  beforeAll(async () => {
    previous = await row();
    edited = await target();
    const result = await env.server.graphql<{ updatePartner: { version: number } }>(update, { target: edited, fields }, cookies.admin);
    expect(result.errors).toBeUndefined();
    expect(result.data!.updatePartner.version).toBe(edited.version + 1);
  });

  it('records one change per changed field, with before, after and the author', async () => {
    const changes = await env.database.dataSource.query(
      `SELECT field, before, after, changed_by AS "changedBy", version FROM partner_change WHERE partner_id = $1 AND version = $2 ORDER BY id`,
      [edited.partnerId, edited.version + 1],
    );
    const admin = await userId('admin.unafam@example.org');
    expect(changes).toEqual([
      { field: 'name', before: previous.name, after: fields.name, changedBy: admin, version: edited.version + 1 },
      { field: 'postalCode', before: previous.postal_code, after: fields.postalCode, changedBy: admin, version: edited.version + 1 },
      { field: 'website', before: previous.website, after: fields.website, changedBy: admin, version: edited.version + 1 },
      { field: 'openingHours', before: previous.opening_hours, after: fields.openingHours, changedBy: admin, version: edited.version + 1 },
      { field: 'themeCodes', before: previous.theme_codes, after: fields.themes, changedBy: admin, version: edited.version + 1 },
    ]);
  });

  it('shows in the history newest first, with French labels', async () => {
    const again = await env.server.graphql(update, { target: await target(), fields: { description: 'Présentation du dernier passage.' } }, cookies.coordinator);
    expect(again.errors).toBeUndefined();
    const result = await env.server.graphql<{ partner: { history: Array<Record<string, unknown>> } }>(
      'query($slug: String!) { partner(slug: $slug) { history { version field fieldLabel before after authorName } } }',
      { slug },
      cookies.admin,
    );
    const history = result.data!.partner.history;
    expect(history.slice(0, 1 + changedFields.length)).toEqual([
      { version: edited.version + 2, field: 'description', fieldLabel: 'Présentation', before: previous.description, after: 'Présentation du dernier passage.', authorName: 'Camille Exemple' },
      ...[
        { field: 'themeCodes', fieldLabel: 'Thématiques', before: (previous.theme_codes as string[]).map((c) => themeCatalog.get(c)!.label).join(', '), after: themeCatalog.get('sante--sante-mentale')!.label },
        { field: 'openingHours', fieldLabel: 'Horaires', before: previous.opening_hours, after: fields.openingHours },
        { field: 'website', fieldLabel: 'Site internet', before: previous.website, after: fields.website },
        { field: 'postalCode', fieldLabel: 'Code postal', before: previous.postal_code, after: fields.postalCode },
        { field: 'name', fieldLabel: 'Nom', before: previous.name, after: fields.name },
      ].map((entry) => ({ version: edited.version + 1, authorName: 'Alice Démo', ...entry })),
    ]);
    const versions = history.map((entry) => entry.version as number);
    expect(versions).toEqual([...versions].sort((a, b) => b - a));
  });

  it('is audited with the field names, never their values', async () => {
    const audits: Array<{ details: Record<string, unknown>; actor: string }> = await env.database.dataSource.query(
      `SELECT details, actor_user_id AS actor FROM audit_event WHERE action = 'partner.updated' AND target_id = $1 ORDER BY id`,
      [edited.partnerId],
    );
    const ofThisEdit = audits.find((audit) => audit.details.version === edited.version + 1)!;
    expect(ofThisEdit).toEqual({ actor: await userId('admin.unafam@example.org'), details: { fields: changedFields, version: edited.version + 1 } });
    const text = JSON.stringify(audits);
    for (const value of [fields.name, fields.postalCode, fields.website, fields.openingHours, 'Présentation du dernier passage']) {
      expect(text).not.toContain(value);
    }
  });
});

describe('a stale version', () => {
  it('is refused with CONFLICT and the current version, and changes nothing', async () => {
    const current = await target();
    const before = await row();
    const result = await env.server.graphql(
      update,
      { target: { ...current, version: current.version - 1 }, fields: { postalCode: '57070' } },
      cookies.admin,
    );
    expect(result.data ?? null).toBeNull();
    expect(result.errors).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/^Cette fiche a été modifiée entre-temps/), extensions: { code: 'CONFLICT', currentVersion: current.version } }),
    ]);
    expect(await row()).toEqual(before);
  });
});

describe('creating an entry', () => {
  const name = 'Maison des aidants de Metz';
  const created: Array<{ id: string; slug: string; name: string; version: number; territories: Array<{ slug: string }> }> = [];

  beforeAll(async () => {
    for (let i = 0; i < 2; i += 1) {
      const result = await env.server.graphql<{ createPartner: (typeof created)[number] }>(
        create,
        { territory: 'clsm-metz', fields: { name, sector: 'SUPPORT_LISTENING', kind: 'ASSOCIATION', postalCode: '57000' } },
        cookies.coordinator,
      );
      expect(result.errors).toBeUndefined();
      created.push(result.data!.createPartner);
    }
  });

  it('gives entries of the same name different slugs, in the territory', async () => {
    expect(created.map((partner) => partner.slug)).toEqual(['maison-des-aidants-de-metz', 'maison-des-aidants-de-metz-2']);
    for (const partner of created) {
      expect(partner).toMatchObject({ name, version: 1, territories: [{ slug: 'clsm-metz' }] });
      const [attached] = await env.database.dataSource.query(
        `SELECT t.slug FROM partner_territory pt JOIN territory t ON t.id = pt.territory_id WHERE pt.partner_id = $1`,
        [partner.id],
      );
      expect(attached).toEqual({ slug: 'clsm-metz' });
    }
  });

  it('makes them found by the directory search', async () => {
    const result = await env.server.graphql<{ partners: { edges: Array<{ node: { slug: string } }> } }>(
      'query($filter: PartnerFilter) { partners(filter: $filter) { edges { node { slug } } } }',
      { filter: { search: 'maison des aidants', territory: 'clsm-metz' } },
    );
    expect(result.data!.partners.edges.map((edge) => edge.node.slug).sort()).toEqual(created.map((partner) => partner.slug).sort());
  });

  it('is audited without the entry’s values', async () => {
    const audits = await env.database.dataSource.query(
      `SELECT target_id AS "targetId", actor_user_id AS actor, details FROM audit_event WHERE action = 'partner.created' ORDER BY id`,
    );
    const coordinator = await userId('coordination@example.org');
    expect(audits).toEqual(created.map((partner) => ({ targetId: partner.id, actor: coordinator, details: {} })));
  });

  it('refuses an entry without sector or kind in French', async () => {
    for (const [fields, message] of [
      [{ name: 'Sans secteur', kind: 'OTHER' }, '« Secteur » est obligatoire.'],
      [{ name: 'Sans type', sector: 'CARE' }, '« Type de structure » est obligatoire.'],
      [{ sector: 'CARE', kind: 'OTHER' }, '« Nom » est obligatoire.'],
    ] as const) {
      const result = await env.server.graphql(create, { territory: 'clsm-metz', fields }, cookies.coordinator);
      expect(result.errors).toEqual([expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })]);
    }
    const [{ count }] = await env.database.dataSource.query(`SELECT count(*)::int AS count FROM partner WHERE name LIKE 'Sans %'`);
    expect(count).toBe(0);
  });

  it('gives different slugs to entries of the same name created at the same moment', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() =>
        env.server.graphql<{ createPartner: { slug: string } }>(
          create,
          { territory: 'clsm-metz', fields: { name: 'Double clic', sector: 'CARE', kind: 'OTHER' } },
          cookies.coordinator,
        ),
      ),
    );
    expect(results.map((result) => result.errors)).toEqual([undefined, undefined, undefined]);
    expect(results.map((result) => result.data!.createPartner.slug).sort()).toEqual(['double-clic', 'double-clic-2', 'double-clic-3']);
  });
});

describe('the SIRET of an entry', () => {
  it('is typed in groups and stored as 14 digits, checked, and never shared by two entries', async () => {
    const typed = await env.server.graphql(update, { target: await target(), fields: { siret: '123 456 789 00012' } }, cookies.admin);
    expect(typed.errors).toBeUndefined();
    expect((await row()).siret).toBe('12345678900012');

    const malformed = await env.server.graphql(update, { target: await target(), fields: { siret: '1234' } }, cookies.admin);
    expect(malformed.errors?.[0]).toMatchObject({ message: '« SIRET » n’a pas le bon format (14 chiffres).', extensions: { code: 'BAD_USER_INPUT', field: 'siret' } });

    const other = await row('gem-l-albatros');
    const taken = await env.server.graphql(update, { target: { partnerId: other.id, version: other.version }, fields: { siret: '12345678900012' } }, cookies.coordinator);
    expect(taken.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'siret' } });
    expect(taken.errors?.[0]?.message).toMatch(/^Ce SIRET est déjà celui de la fiche « UNAFAM/);
    expect((await row('gem-l-albatros')).siret).toBeNull();
  });
});
