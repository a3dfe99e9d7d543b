import { graphql, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, expect } from 'vitest';
import type { DataSource } from 'typeorm';
import type { SignedInViewer } from '../../auth/viewer.js';
import { countStatements } from '../../db/query-counter.js';
import { createContext, type AppDeps } from '../../graphql/context.js';
import { loadDemoData } from '../../demo/load-demo.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { startTestServer } from '../../test-support/test-server.js';

export type TestServer = Awaited<ReturnType<typeof startTestServer>>;

/**
 * Gives the calling test file a database of its own holding the demo network, and the HTTP
 * app over it unless `http` is false. The fields are filled in by beforeAll, so read them
 * inside tests only.
 */
export function useDemoDirectory({ http = true } = {}): { dataSource: DataSource; server: TestServer } {
  const env = {} as { dataSource: DataSource; server: TestServer };
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const database = await createTestDatabase();
    drop = () => database.drop();
    env.dataSource = database.dataSource;
    await loadDemoData(env.dataSource, { withAccounts: true });
    if (http) env.server = await startTestServer(env.dataSource);
  });
  afterAll(async () => {
    await env.server?.close();
    await drop?.();
  });
  return env;
}

export const partnersQuery = `query Partners($filter: PartnerFilter, $first: Int, $after: String) {
  partners(filter: $filter, first: $first, after: $after) {
    totalCount
    edges { cursor node { slug name } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface PartnersPage {
  totalCount: number;
  edges: Array<{ cursor: string; node: { slug: string; name: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export interface PartnerFilterInput {
  search?: string;
  sectors?: string[];
  kinds?: string[];
  communes?: string[];
  themes?: string[];
  territory?: string;
  box?: { south: number; west: number; north: number; east: number };
}

export async function partnersPage(
  server: TestServer,
  filter: PartnerFilterInput | null,
  first = 100,
  after?: string | null,
): Promise<PartnersPage> {
  const result = await server.graphql<{ partners: PartnersPage }>(partnersQuery, { filter, first, after });
  expect(result.errors).toBeUndefined();
  return result.data!.partners;
}

/** Slugs of every match, best first (the demo network fits in one page of 100). */
export async function matchingSlugs(server: TestServer, filter: PartnerFilterInput | null): Promise<string[]> {
  const page = await partnersPage(server, filter);
  expect(page.pageInfo.hasNextPage).toBe(false);
  expect(page.edges).toHaveLength(page.totalCount);
  return page.edges.map((edge) => edge.node.slug);
}

/** Lower case without accents, to check words against the demo texts. */
export const fold = (text: string | null | undefined): string =>
  (text ?? '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

export const sorted = (values: Iterable<string>): string[] => [...values].sort();

/** What an editor has read of an entry: the target of an edit. */
export async function targetOf(dataSource: DataSource, slug: string): Promise<{ partnerId: string; version: number }> {
  const [{ id, version }] = await dataSource.query('SELECT id, version FROM partner WHERE slug = $1', [slug]);
  return { partnerId: id, version };
}

/** The benchmark's Q5, with the name for the tests that edit it. */
export const editPartnerMutation = `mutation EditPartner($target: VersionedPartnerInput!, $fields: PartnerFieldsInput!) {
  updatePartner(target: $target, fields: $fields) { id version openingHours name } }`;

export interface EditedPartner {
  id: string;
  version: number;
  openingHours: string | null;
  name: string;
}

/**
 * Runs Q5 in process, counting its statements (the counter does not follow a request through
 * a socket).
 */
export function editInProcess(
  schema: GraphQLSchema,
  deps: AppDeps,
  viewer: SignedInViewer,
  target: { partnerId: string; version: number },
  fields: Record<string, unknown>,
): Promise<{ result: ExecutionResult<{ updatePartner: EditedPartner }>; statements: number }> {
  return countStatements(async () =>
    (await graphql({ schema, source: editPartnerMutation, variableValues: { target, fields }, contextValue: createContext(deps, viewer) })) as ExecutionResult<{
      updatePartner: EditedPartner;
    }>,
  );
}
