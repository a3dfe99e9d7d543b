import { describe, expect, it } from 'vitest';
import { demoPartners } from '../../demo/partners.data.js';
import {
  matchingSlugs,
  partnersPage,
  partnersQuery,
  sorted,
  useDemoDirectory,
  type PartnerFilterInput,
} from './partner.test-helpers.js';

const directory = useDemoDirectory();

const forge = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

async function walk(filter: PartnerFilterInput | null, first: number) {
  const slugs: string[] = [];
  const totals = new Set<number>();
  let after: string | null = null;
  for (let page = 1; page <= 50; page += 1) {
    const { totalCount, edges, pageInfo } = await partnersPage(directory.server, filter, first, after);
    totals.add(totalCount);
    slugs.push(...edges.map((edge) => edge.node.slug));
    if (pageInfo.hasNextPage) expect(edges).toHaveLength(first);
    else expect(edges.length).toBeGreaterThan(0);
    expect(pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
    if (!pageInfo.hasNextPage) return { slugs, totals: [...totals], pages: page };
    after = pageInfo.endCursor;
  }
  throw new Error('pagination never ended');
}

describe('directory pagination', () => {
  it.each<[string, PartnerFilterInput | null]>([
    ['the whole directory', null],
    ['a search matching many', { search: 'santé' }],
    ['a search and a filter', { search: 'logement', sectors: ['HOUSING', 'CARE'] }],
  ])('walks %s 7 by 7, every partner exactly once', async (_, filter) => {
    const all = await matchingSlugs(directory.server, filter);
    expect(all.length).toBeGreaterThan(7 * 2);
    const { slugs, totals, pages } = await walk(filter, 7);
    expect(slugs).toEqual(all);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(totals).toEqual([all.length]);
    expect(pages).toBe(Math.ceil(all.length / 7));
  });

  it('covers the demo network without search', async () => {
    expect(sorted((await walk(null, 7)).slugs)).toEqual(sorted(demoPartners.map((p) => p.slug)));
  });

  it('says there is no next page exactly when the last partner is on the page', async () => {
    const total = demoPartners.length;
    expect((await partnersPage(directory.server, null, total)).pageInfo.hasNextPage).toBe(false);
    expect((await partnersPage(directory.server, null, total - 1)).pageInfo.hasNextPage).toBe(true);
  });

  it.each([
    ['not base64 JSON', 'garbage!'],
    ['not a list', forge({ rank: 0 })],
    ['of numbers', forge([1, 2, 3])],
    ['with a rank that is not a number', forge(['abc', 'ville de metz', '00000000-0000-0000-0000-000000000000'])],
    ['with an id that is not a uuid', forge(['0', 'ville de metz', 'nope'])],
    ['with a NUL character', forge(['0', 'ville\u0000', '00000000-0000-0000-0000-000000000000'])],
  ])('rejects a cursor %s as bad user input', async (_, after) => {
    const result = await directory.server.graphql(partnersQuery, { first: 7, after });
    expect(result.status).toBeLessThan(500);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Curseur de pagination invalide.',
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  });
});
