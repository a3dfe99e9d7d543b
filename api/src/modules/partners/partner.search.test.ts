import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { loadDemoData } from '../../demo/load-demo.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { startTestServer } from '../../test-support/test-server.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let server: Awaited<ReturnType<typeof startTestServer>>;
let dataSource: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  dataSource = database.dataSource;
  await loadDemoData(dataSource);
  server = await startTestServer(dataSource);
});

afterAll(async () => {
  await server?.close();
  await database?.drop();
});

const search = `query Search($filter: PartnerFilter, $first: Int, $after: String) {
  partners(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { slug name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

type SearchResult = {
  partners: { totalCount: number; edges: Array<{ node: { slug: string; name: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
};

async function firstSlugs(text: string, count = 3): Promise<string[]> {
  const result = await server.graphql<SearchResult>(search, { filter: { search: text }, first: count });
  expect(result.errors).toBeUndefined();
  return result.data!.partners.edges.map((edge) => edge.node.slug);
}

describe('directory search', () => {
  it.each([
    ['unafam', 'unafam-moselle'],
    ['Unafam', 'unafam-moselle'],
    ['UNAFAM', 'unafam-moselle'],
    ['albatros', 'gem-l-albatros'],
    ['Metz Hab', 'metz-habitat-territoire'],
  ])('ranks the expected partner first for %s', async (text, slug) => {
    expect((await firstSlugs(text))[0]).toBe(slug);
  });
});
