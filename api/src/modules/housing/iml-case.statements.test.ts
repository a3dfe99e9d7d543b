import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import { graphql, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useActorsServer } from '../../auth/actors.test-helpers.js';
import type { Viewer } from '../../auth/viewer.js';
import { countStatements } from '../../db/query-counter.js';
import { createContext } from '../../graphql/context.js';
import { createSchema } from '../../graphql/schema.js';
import { caseFields, housingActions } from './iml-case.test-helpers.js';
import { accountViewer } from '../../test-support/account-viewer.js';

// The board asks every nested part of every case; each goes through a loader (one scoped
// transaction per batch), so more cases add no statement. A batch may split across a tick,
// hence a slack of 2. The page of one case reads its parts ahead, with the case.
const env = useActorsServer();
const act = housingActions(env);
let schema: GraphQLSchema;
let careTeam: Viewer;

/** Collects the SQL of the statements run inside `sqlOf.run`, beside the counter's number. */
const sqlOf = new AsyncLocalStorage<string[]>();
let restoreLogger: () => void;

const viewerOf = (email: string) => accountViewer(env.database.dataSource, email);

beforeAll(async () => {
  schema = await createSchema(env.server.deps.events);
  careTeam = await viewerOf('soins.erah@example.org');
  const logger = env.server.deps.dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (query, ...rest) => {
    sqlOf.getStore()?.push(query);
    return logQuery(query, ...rest);
  };
  restoreLogger = () => {
    logger.logQuery = logQuery;
  };
});
afterAll(() => restoreLogger());

async function boardStatements(): Promise<{ statements: number; cases: number }> {
  const source = `{ imlCases(territory: "clsm-metz", first: 100) { totalCount edges { node { ${caseFields} } } } }`;
  const { result, statements } = await countStatements(() => graphql({ schema, source, contextValue: createContext(env.server.deps, careTeam) }));
  expect(result.errors).toBeUndefined();
  return { statements, cases: (result.data as { imlCases: { totalCount: number } }).imlCases.totalCount };
}

describe('the IML board', () => {
  it('costs as many statements for many cases as for a few', async () => {
    await act.housedCase();
    await act.refer();
    const few = await boardStatements();
    for (let n = 0; n < 3; n += 1) await act.housedCase();
    for (let n = 0; n < 3; n += 1) await act.refer();
    const many = await boardStatements();
    expect(many.cases - few.cases).toBe(6);
    expect(many.statements).toBeLessThanOrEqual(few.statements + 2);
  });
});

// Issue #9's benchmark page (Q6), as its care team reads it.
const pageFields = `id version pseudonym state referredOn
    identity { firstName lastName birthDate }
    clinicalNotes
    steps { fromState toState on note }`;
const pageQuery = `query ImlCasePage($id: ID!) {
  imlCase(id: $id) {
    ${pageFields}
  }
}`;
const parts = /iml_case_(private|clinical|step)\b/g;

type Page = Record<string, any>;

async function readPage(viewer: Viewer, source: string, variableValues: Record<string, unknown>) {
  const sql: string[] = [];
  const { result, statements } = await sqlOf.run(sql, () => countStatements(() => graphql({ schema, source, variableValues, contextValue: createContext(env.server.deps, viewer) })));
  expect(result.errors).toBeUndefined();
  // BEGIN and COMMIT aside; this test builds its viewers, so no statement checks a session.
  const work = sql.filter((query) => !/^(START TRANSACTION|COMMIT)$/.test(query));
  return { page: (result.data as { imlCase: Page | null }).imlCase, statements, work, tables: [...new Set(work.join(' ').match(parts))].sort() };
}

/** What `work` added to the case's audit log, by action and reader. */
async function auditAdded(caseId: string, work: () => Promise<unknown>): Promise<Record<string, number>> {
  const rows = async (): Promise<Record<string, number>> => {
    const found: Array<{ key: string; n: number }> = await env.database.dataSource.query(
      `SELECT a.action || ' ' || u.email AS key, count(*)::int AS n FROM audit_event a JOIN user_account u ON u.id = a.actor_user_id
       WHERE a.target_type = 'iml_case' AND a.target_id = $1 GROUP BY 1`,
      [caseId],
    );
    return Object.fromEntries(found.map((row) => [row.key, row.n]));
  };
  const before = await rows();
  await work();
  const after = await rows();
  return Object.fromEntries(Object.entries(after).filter(([key, n]) => n !== (before[key] ?? 0)).map(([key, n]) => [key, n - (before[key] ?? 0)]));
}

describe('a case page', () => {
  it('costs two statements: the scope, then the case, the parts asked for and their log in one', async () => {
    const housed = await act.housedCase();
    const { page, statements, work, tables } = await readPage(careTeam, pageQuery, { id: housed.id });
    expect(statements).toBe(4);
    expect(work).toEqual([expect.stringContaining(`set_config('clsm.housing_scope'`), expect.stringMatching(/^WITH found AS/)]);
    expect(tables).toEqual(['iml_case_clinical', 'iml_case_private', 'iml_case_step']);
    // The same parts as the board reads through its loaders, one statement each.
    const board = await graphql({ schema, source: `{ imlCases(territory: "clsm-metz", first: 100) { edges { node { ${pageFields} } } } }`, contextValue: createContext(env.server.deps, careTeam) });
    const listed = (board.data as { imlCases: { edges: Array<{ node: Page }> } }).imlCases.edges.find((edge) => edge.node.id === housed.id)!.node;
    expect(page).toEqual(listed);
    expect(page!.identity.lastName).toMatch(/^Essai-/);
    expect(page!.clinicalNotes).toBe('Note clinique fictive');
    expect(page!.steps.map((step: Page) => step.toState)).toEqual(['PROPOSED', 'REGISTERED', 'ORIENTED', 'MATCHING', 'PRESENTED', 'ACCEPTED', 'HOUSED', 'SUPPORTED']);
  });

  it('logs the case, the identity and the clinical part once each, and nothing else', async () => {
    const housed = await act.housedCase();
    const added = await auditAdded(housed.id, () => readPage(careTeam, pageQuery, { id: housed.id }));
    expect(added).toEqual({ 'iml_case.read soins.erah@example.org': 1, 'iml_case.identity_read soins.erah@example.org': 1, 'iml_case.clinical_read soins.erah@example.org': 1 });
  });

  it.each([
    ['referent.bailleur@example.org', { identity: null, clinicalNotes: null }, ['iml_case.read'], ['iml_case_step']],
    ['operateur.amli@example.org', { clinicalNotes: null }, ['iml_case.read', 'iml_case.identity_read'], ['iml_case_private', 'iml_case_step']],
  ])('reads, logs and answers nothing %s’s role may not read, asked on the page', async (email, refused, logged, tables) => {
    const housed = await act.housedCase();
    const viewer = await viewerOf(email);
    let read: Awaited<ReturnType<typeof readPage>> | undefined;
    const added = await auditAdded(housed.id, async () => (read = await readPage(viewer, pageQuery, { id: housed.id })));
    expect(read!.page).toMatchObject(refused);
    expect(read!.page!.steps.length).toBe(8);
    expect(read!.tables).toEqual(tables);
    expect(read!.statements).toBe(4);
    expect(added).toEqual(Object.fromEntries(logged.map((action) => [`${action} ${email}`, 1])));
  });

  it.each(['cmp.secteur2@example.org', 'financeur.ddcs@example.org', 'membre.gem@example.org'])(
    'answers null to %s, who is no party, and logs nothing: row-level security filters the read',
    async (email) => {
      const housed = await act.housedCase();
      const viewer = await viewerOf(email);
      let read: Awaited<ReturnType<typeof readPage>> | undefined;
      expect(await auditAdded(housed.id, async () => (read = await readPage(viewer, pageQuery, { id: housed.id })))).toEqual({});
      expect(read!.page).toBeNull();
    },
  );

  it('answers null to an id that names no case, reading nothing for one that is no id', async () => {
    expect((await readPage(careTeam, pageQuery, { id: '00000000-0000-4000-8000-000000000000' })).page).toBeNull();
    const malformed = await readPage(careTeam, pageQuery, { id: 'pas-un-id' });
    expect(malformed.page).toBeNull();
    expect(malformed.statements).toBe(0);
  });

  it('reads ahead the parts asked through fragments, and none that @skip or @include drops', async () => {
    const housed = await act.housedCase();
    const fragments = `query($id: ID!, $withSteps: Boolean!) {
      imlCase(id: $id) { ...Head ... on ImlCase { notes: clinicalNotes } steps @include(if: $withSteps) { toState } }
    }
    fragment Head on ImlCase { id ...Person }
    fragment Person on ImlCase { who: identity { lastName } }`;
    let spread: Awaited<ReturnType<typeof readPage>> | undefined;
    const added = await auditAdded(housed.id, async () => (spread = await readPage(careTeam, fragments, { id: housed.id, withSteps: true })));
    expect(spread!.statements).toBe(4);
    expect(spread!.tables).toEqual(['iml_case_clinical', 'iml_case_private', 'iml_case_step']);
    expect(spread!.page).toMatchObject({ who: { lastName: expect.stringMatching(/^Essai-/) }, notes: 'Note clinique fictive' });
    expect(spread!.page!.steps.length).toBe(8);
    expect(added).toEqual({ 'iml_case.read soins.erah@example.org': 1, 'iml_case.identity_read soins.erah@example.org': 1, 'iml_case.clinical_read soins.erah@example.org': 1 });

    const dropped = `query($id: ID!, $withSteps: Boolean!) { imlCase(id: $id) { id identity @skip(if: true) { lastName } ...Clinical @include(if: $withSteps) } }
    fragment Clinical on ImlCase { clinicalNotes steps { toState } }`;
    let skipped: Awaited<ReturnType<typeof readPage>> | undefined;
    expect(await auditAdded(housed.id, async () => (skipped = await readPage(careTeam, dropped, { id: housed.id, withSteps: false })))).toEqual({
      'iml_case.read soins.erah@example.org': 1,
    });
    expect(skipped!.page).toEqual({ id: housed.id });
    expect(skipped!.tables).toEqual([]);
  });
});
