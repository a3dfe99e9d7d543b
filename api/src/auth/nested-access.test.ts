import { beforeAll, describe, expect, it } from 'vitest';
import { partnerUpdatedTopic } from '../modules/partners/partner-editing.service.js';
import {
  actorNames,
  metzAccounts,
  openSubscription,
  otherTerritorySlug,
  unafamEditors,
  useActorsServer,
  type ActorName,
} from './actors.test-helpers.js';

// Private data must stay private whatever path a query takes to reach it: through a list, a
// parent, a child, or the viewer's own roles, and over a live subscription after sign-out.

const env = useActorsServer();

const unafam = 'unafam-moselle';
const essaiPartnerName = 'Maison de l’essai';

interface ContactRow {
  email: string | null;
  phone: string | null;
  territories: string[];
}
interface PartnerRow {
  territories: string[];
}

let essaiSlug = '';
const db = { contacts: new Map<string, ContactRow>(), partners: new Map<string, PartnerRow>() };

const territoryOf = (actor: ActorName): string | null =>
  metzAccounts.has(actor) ? 'clsm-metz' : actor === 'otherCoordinator' ? otherTerritorySlug : null;

/** The rule under test: members of one of the entry's territories, and nobody else. */
const readsPrivateDataOf = (actor: ActorName, territories: string[]) => territories.includes(territoryOf(actor) ?? '');

async function editAs(actor: ActorName, query: string, variables: Record<string, unknown>) {
  const result = await env.as(actor)(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function versionOf(slug: string): Promise<{ partnerId: string; version: number }> {
  const [{ id, version }] = await env.database.dataSource.query('SELECT id, version FROM partner WHERE slug = $1', [slug]);
  return { partnerId: id, version };
}

const updateDescription = `mutation($target: VersionedPartnerInput!, $description: String!) {
  updatePartner(target: $target, fields: { description: $description }) { version } }`;

beforeAll(async () => {
  // History worth hiding on unafam, and an entry of the other territory with its own contact.
  await editAs('coordinator', updateDescription, { target: await versionOf(unafam), description: 'Présentation revue par la coordination.' });
  const created = await editAs(
    'otherCoordinator',
    `mutation($fields: PartnerFieldsInput!) { createPartner(territory: "${otherTerritorySlug}", fields: $fields) { slug } }`,
    { fields: { name: essaiPartnerName, sector: 'SOCIAL_ACTION', kind: 'ASSOCIATION' } },
  );
  essaiSlug = (created.createPartner as { slug: string }).slug;
  await editAs(
    'otherCoordinator',
    `mutation($target: VersionedPartnerInput!, $contact: ContactFieldsInput!) { addContact(target: $target, contact: $contact) { id } }`,
    {
      target: await versionOf(essaiSlug),
      contact: { firstName: 'Éva', lastName: 'Essai', function: 'Accueil', email: 'eva.essai@example.org', phone: '03 87 00 00 99' },
    },
  );

  const contacts: Array<ContactRow & { id: string }> = await env.database.dataSource.query(
    `SELECT c.id, c.email, c.phone, array_agg(t.slug) AS territories FROM contact c
     JOIN partner_territory pt ON pt.partner_id = c.partner_id JOIN territory t ON t.id = pt.territory_id GROUP BY c.id`,
  );
  for (const { id, ...row } of contacts) db.contacts.set(id, row);
  const partners: Array<PartnerRow & { slug: string }> = await env.database.dataSource.query(
    `SELECT p.slug, array_agg(t.slug) AS territories FROM partner p
     JOIN partner_territory pt ON pt.partner_id = p.id JOIN territory t ON t.id = pt.territory_id GROUP BY p.slug`,
  );
  for (const { slug, ...row } of partners) db.partners.set(slug, row);
});

type ContactSeen = { id: string; email?: string | null; phone?: string | null };

/**
 * Checks every contact a response reached against the rule; returns how many it showed and
 * hid, so that a test can insist the path reached some of each kind it expects.
 */
function checkContacts(actor: ActorName, contacts: ContactSeen[]): { shown: number; hidden: number } {
  const tally = { shown: 0, hidden: 0 };
  for (const contact of contacts) {
    const row = db.contacts.get(contact.id)!;
    const visible = readsPrivateDataOf(actor, row.territories);
    for (const key of ['email', 'phone'] as const) {
      if (!(key in contact) || row[key] === null) continue;
      expect(contact[key], `${actor} ${key} of contact ${contact.id}`).toBe(visible ? row[key] : null);
      tally[visible ? 'shown' : 'hidden'] += 1;
    }
  }
  return tally;
}

const outsiders: ActorName[] = ['anonymous', 'otherCoordinator'];

describe('contact details through nested paths', () => {
  it.each(actorNames)('follow the territory rule for %s via partner(slug)', async (actor) => {
    const tally = { shown: 0, hidden: 0 };
    for (const slug of [unafam, 'ch-jury', essaiSlug]) {
      const result = await env.as(actor)<{ partner: { contacts: ContactSeen[] } }>(
        'query($slug: String!) { partner(slug: $slug) { contacts { id email phone } } }',
        { slug },
      );
      expect(result.errors).toBeUndefined();
      const seen = checkContacts(actor, result.data!.partner.contacts);
      tally.shown += seen.shown;
      tally.hidden += seen.hidden;
    }
    // Each signed-in actor belongs to one of the two territories reached, and not to the other.
    expect(tally.hidden).toBeGreaterThan(0);
    if (actor !== 'anonymous') expect(tally.shown).toBeGreaterThan(0);
  });

  it.each(actorNames)('follow the territory rule for %s via partners { edges { node { contacts } } }', async (actor) => {
    const result = await env.as(actor)<{ partners: { totalCount: number; edges: Array<{ node: { contacts: ContactSeen[] } }> } }>(
      'query($first: Int) { partners(first: $first) { totalCount edges { node { contacts { id email phone } } } } }',
      { first: 100 },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.partners.edges).toHaveLength(result.data!.partners.totalCount);
    const tally = checkContacts(actor, result.data!.partners.edges.flatMap((edge) => edge.node.contacts));
    // Everybody reaches the contacts of both territories: one side shown, the other hidden.
    expect(tally.hidden).toBeGreaterThan(0);
    if (actor !== 'anonymous') expect(tally.shown).toBeGreaterThan(0);
  });

  it.each(actorNames)('follow the territory rule for %s via parent and children', async (actor) => {
    const result = await env.as(actor)<{
      erah: { parent: { contacts: ContactSeen[] } };
      jury: { children: Array<{ contacts: ContactSeen[] }> };
    }>(
      `{ erah: partner(slug: "ch-jury-erah") { parent { contacts { id email } } }
         jury: partner(slug: "ch-jury") { children { contacts { id phone } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const viaParent = checkContacts(actor, result.data!.erah.parent.contacts);
    const viaChildren = checkContacts(actor, result.data!.jury.children.flatMap((child) => child.contacts));
    for (const tally of [viaParent, viaChildren]) {
      expect(outsiders.includes(actor) ? tally.hidden : tally.shown).toBeGreaterThan(0);
    }
  });

  it.each(actorNames)('follow the territory rule for %s via me { roles { partner { contacts } } }', async (actor) => {
    const result = await env.as(actor)<{ me: { roles: Array<{ partner: { slug: string; contacts: ContactSeen[] } | null }> } | null }>(
      '{ me { roles { partner { slug contacts { id email phone } } } } }',
    );
    expect(result.errors).toBeUndefined();
    if (actor === 'anonymous') return expect(result.data!.me).toBeNull();
    const partners = result.data!.me!.roles.flatMap((role) => (role.partner ? [role.partner] : []));
    const tally = checkContacts(actor, partners.flatMap((partner) => partner.contacts));
    // Coordinators hold no partner role: the path reaches no contact for them.
    if (actor === 'coordinator' || actor === 'otherCoordinator') return expect(partners).toEqual([]);
    expect(tally.hidden).toBe(0);
    expect(tally.shown).toBeGreaterThan(0);
  });
});

describe('the change history', () => {
  const deniedCode = (actor: ActorName) => (actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

  it.each(actorNames)('of an entry is for its territory only, for %s', async (actor) => {
    const result = await env.as(actor)<{ partner: { slug: string; history: Array<{ field: string }> | null } }>(
      'query($slug: String!) { partner(slug: $slug) { slug history { field after } } }',
      { slug: unafam },
    );
    expect(result.data!.partner.slug).toBe(unafam);
    if (metzAccounts.has(actor)) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.partner.history!.length).toBeGreaterThan(0);
    } else {
      expect(result.data!.partner.history).toBeNull();
      expect(result.errors?.map((error) => [error.extensions?.code, (error as { path?: unknown[] }).path])).toEqual([
        [deniedCode(actor), ['partner', 'history']],
      ]);
    }
  });

  it.each(actorNames)('nested under partners { edges { node } } follows the same rule, for %s', async (actor) => {
    const result = await env.as(actor)<{ partners: { edges: Array<{ node: { slug: string; history: unknown[] | null } }> } }>(
      'query($first: Int) { partners(first: $first) { edges { node { slug history(first: 5) { field after } } } } }',
      { first: 100 },
    );
    const nodes = result.data!.partners.edges.map((edge) => edge.node);
    const hidden = nodes.filter((node) => !readsPrivateDataOf(actor, db.partners.get(node.slug)!.territories));
    expect(hidden.length).toBeGreaterThan(0);
    for (const node of nodes) {
      const readable = readsPrivateDataOf(actor, db.partners.get(node.slug)!.territories);
      if (readable) expect(node.history, node.slug).toEqual(expect.any(Array));
      else expect(node.history, node.slug).toBeNull();
    }
    // One refusal per hidden history, each with the denial code.
    expect(result.errors?.length ?? 0).toBe(hidden.length);
    expect(new Set(result.errors?.map((error) => error.extensions?.code))).toEqual(new Set(hidden.length ? [deniedCode(actor)] : []));
  });
});

describe('viewerCanEdit', () => {
  it.each(actorNames)('is true exactly on the entries %s may edit', async (actor) => {
    const result = await env.as(actor)<{ partners: { edges: Array<{ node: { slug: string; viewerCanEdit: boolean } }> } }>(
      'query($first: Int) { partners(first: $first) { edges { node { slug viewerCanEdit } } } }',
      { first: 100 },
    );
    expect(result.errors).toBeUndefined();
    const editable = result.data!.partners.edges.filter((edge) => edge.node.viewerCanEdit).map((edge) => edge.node.slug);
    const inTerritory = (slug: string) => [...db.partners].filter(([, row]) => row.territories.includes(slug)).map(([s]) => s);
    const expected: Record<ActorName, string[]> = {
      anonymous: [],
      coordinator: inTerritory('clsm-metz'),
      unafamAdmin: [unafam],
      gemMember: [],
      landlordReferent: [],
      careTeam: [],
      housingOperator: [],
      otherCoordinator: inTerritory(otherTerritorySlug),
    };
    expect(editable.sort()).toEqual(expected[actor].sort());
    // The same answer as the permission matrix gives for editing unafam-moselle.
    expect(editable.includes(unafam)).toBe(unafamEditors.has(actor));

    const single = await env.as(actor)<{ partner: { viewerCanEdit: boolean } }>('{ partner(slug: "unafam-moselle") { viewerCanEdit } }');
    expect(single.data!.partner.viewerCanEdit).toBe(unafamEditors.has(actor));
  });
});

describe('a live subscription', () => {
  const subscriptionQuery = 'subscription($slug: String!) { partnerUpdated(slug: $slug) { slug description } }';
  type Update = { partnerUpdated: { slug: string; description: string } } | null;

  it('hears changes while its session lasts, and only errors once it has signed out', async () => {
    const cookie = await env.freshCookie('gemMember');
    const { partnerId } = await versionOf(unafam);
    const member = openSubscription(env.server.url, subscriptionQuery, { slug: unafam }, cookie);
    const coordinator = openSubscription(env.server.url, subscriptionQuery, { slug: unafam }, env.cookies.coordinator);
    const nudge = () => env.server.deps.events.publish(partnerUpdatedTopic, partnerId);
    try {
      for (const subscription of [member, coordinator]) expect((await subscription.next({ nudge })).errors).toBeUndefined();

      /** Messages up to the one that shows `description`: all of them without error. */
      const upTo = async (subscription: typeof member, description: string) => {
        for (;;) {
          const message = await subscription.next();
          expect(message.errors).toBeUndefined();
          if ((message.data as Update)?.partnerUpdated.description === description) return;
        }
      };
      await editAs('coordinator', updateDescription, { target: await versionOf(unafam), description: 'Entendu en direct.' });
      await upTo(member, 'Entendu en direct.');
      await upTo(coordinator, 'Entendu en direct.');

      expect((await env.server.graphql('mutation { signOut }', {}, cookie)).data).toEqual({ signOut: true });
      await editAs('coordinator', updateDescription, { target: await versionOf(unafam), description: 'Après la déconnexion.' });
      const refused = await member.next();
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(JSON.stringify(refused)).not.toContain('Après la déconnexion');
      // The change did go out: a subscriber whose session stands receives it.
      await upTo(coordinator, 'Après la déconnexion.');
    } finally {
      await member.close();
      await coordinator.close();
    }
  });
});
