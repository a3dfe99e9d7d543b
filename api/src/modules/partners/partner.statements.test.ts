import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { anonymous } from '../../auth/viewer.js';
import { countStatements } from '../../db/query-counter.js';
import { createContext, type AppDeps } from '../../graphql/context.js';
import { testDeps } from '../../test-support/test-deps.js';
import { createSchema } from '../../graphql/schema.js';
import { Person } from '../people/person.entity.js';
import { Contact } from './contact.entity.js';
import { Partner } from './partner.entity.js';
import { PartnerKind } from './partner.enums.js';
import { editInProcess, targetOf, useDemoDirectory, type PartnerFilterInput } from './partner.test-helpers.js';
import { accountViewer } from '../../test-support/account-viewer.js';

const directory = useDemoDirectory({ http: false });

const pageQuery = `query Page($first: Int, $filter: PartnerFilter) {
  partners(first: $first, filter: $filter) {
    totalCount
    edges { node {
      slug sector sectorLabel kindLabel
      parent { slug name }
      children { slug name }
      territories { slug name }
      themes { code label }
      contacts { function email phone person { displayName } }
    } }
  }
}`;

interface PageNode {
  slug: string;
  parent: { slug: string } | null;
  children: Array<{ slug: string }>;
  territories: Array<{ slug: string }>;
  themes: Array<{ code: string }>;
  contacts: Array<{ function: string; person: { displayName: string } }>;
}

let schema: GraphQLSchema;
let deps: AppDeps;
beforeAll(async () => {
  deps = testDeps(directory.dataSource);
  schema = await createSchema(deps.events);
});

// In process rather than over HTTP: the statement counter lives in an AsyncLocalStorage store,
// which does not follow the request through the socket.
async function loadPage(first: number, filter: PartnerFilterInput | null = null) {
  const { result, statements } = await countStatements(() =>
    graphql({
      schema,
      source: pageQuery,
      variableValues: { first, filter },
      contextValue: createContext(deps, anonymous),
    }),
  );
  expect(result.errors).toBeUndefined();
  const nodes = (result.data as { partners: { edges: Array<{ node: PageNode }> } }).partners.edges.map((e) => e.node);
  return { statements, nodes };
}

describe('SQL statements of a directory page', () => {
  it('are as few for 20 partners as for 5', async () => {
    const small = await loadPage(5);
    const large = await loadPage(20);
    expect(small.nodes).toHaveLength(5);
    expect(large.nodes).toHaveLength(20);
    // The page must really use every relation, or a constant count would prove nothing.
    expect(large.nodes.filter((n) => n.parent).length).toBeGreaterThan(1);
    expect(large.nodes.filter((n) => n.children.length).length).toBeGreaterThan(1);
    expect(large.nodes.filter((n) => n.contacts.length).length).toBeGreaterThan(1);
    expect(large.nodes.every((n) => n.territories.length && n.themes.length)).toBe(true);
    // At least one statement per table the page reaches: partner, children, contacts, territories.
    expect(small.statements).toBeGreaterThanOrEqual(4);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(6);
  });

  it('load the parents that are not on the page in one batch', async () => {
    const filter = { kinds: [PartnerKind.CMP, PartnerKind.HOSPITAL_TEAM, PartnerKind.OTHER] };
    const small = await loadPage(1, filter);
    const large = await loadPage(10, filter);
    const parents = new Set(large.nodes.map((n) => n.parent?.slug));
    expect(parents).toEqual(new Set(['ch-jury', 'ccas-de-metz']));
    expect(large.nodes.some((n) => parents.has(n.slug))).toBe(false);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(6);
  });

  it('do not grow with the number of contacts', async () => {
    const before = await loadPage(20);
    const { dataSource } = directory;
    const partners = await dataSource.getRepository(Partner).findBy(before.nodes.map((n) => ({ slug: n.slug })));
    for (const partner of partners) {
      for (const position of [10, 11, 12]) {
        const person = await dataSource.getRepository(Person).save({ firstName: 'Essai', lastName: `${partner.slug} ${position}` });
        await dataSource
          .getRepository(Contact)
          .insert({ partnerId: partner.id, personId: person.id, function: 'Bénévole', position });
      }
    }
    const after = await loadPage(20);
    expect(after.nodes.map((n) => n.contacts.length)).toEqual(before.nodes.map((n) => n.contacts.length + 3));
    expect(after.statements).toBe(before.statements);
  });
});

describe('SQL statements of an edit', () => {
  const editAsCoordinator = async (slug: string, fields: Record<string, unknown>) => {
    const { dataSource } = directory;
    const target = await targetOf(dataSource, slug);
    const { result, statements } = await editInProcess(schema, deps, await accountViewer(dataSource, 'coordination@example.org'), target, fields);
    expect(result.errors).toBeUndefined();
    return { target, statements, partner: result.data!.updatePartner };
  };

  it('are one for the opening hours (the benchmark’s Q5), history, audit and live event included', async () => {
    const { dataSource } = directory;
    const [previous] = await dataSource.query(`SELECT opening_hours FROM partner WHERE slug = 'unafam-moselle'`);
    const hours = 'Mo-Fr 09:00-12:00,14:00-17:30';
    const { target, statements, partner } = await editAsCoordinator('unafam-moselle', { openingHours: hours });
    expect(statements).toBe(1);
    expect(partner).toMatchObject({ id: target.partnerId, version: target.version + 1, openingHours: hours });
    const version = target.version + 1;
    expect(await dataSource.query(`SELECT field, before, after FROM partner_change WHERE partner_id = $1 AND version = $2`, [target.partnerId, version])).toEqual([
      { field: 'openingHours', before: previous.opening_hours, after: hours },
    ]);
    expect(
      await dataSource.query(
        `SELECT a.details, t.slug AS territory FROM audit_event a JOIN territory t ON t.id = a.territory_id WHERE a.action = 'partner.updated' AND a.target_id = $1`,
        [target.partnerId],
      ),
    ).toEqual([{ details: { fields: ['openingHours'], version }, territory: 'clsm-metz' }]);
  });

  it('are one for a field of the search document too, and the search finds the new name at once', async () => {
    const { statements, partner } = await editAsCoordinator('gem-l-albatros', { name: 'GEM Le Goéland', shortName: 'Goéland' });
    expect(statements).toBe(1);
    expect(partner.name).toBe('GEM Le Goéland');
    const result = await graphql({ schema, source: `{ partners(filter: { search: "goeland" }) { edges { node { slug } } } }`, contextValue: createContext(deps, anonymous) });
    expect((result.data as { partners: { edges: Array<{ node: { slug: string } }> } }).partners.edges.map((e) => e.node.slug)).toEqual(['gem-l-albatros']);
  });
});
