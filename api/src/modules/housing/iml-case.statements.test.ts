import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { useActorsServer } from '../../auth/actors.test-helpers.js';
import type { Viewer } from '../../auth/viewer.js';
import { countStatements } from '../../db/query-counter.js';
import { createContext } from '../../graphql/context.js';
import { createSchema } from '../../graphql/schema.js';
import { caseFields, housingActions } from './iml-case.test-helpers.js';

// The board asks every nested part of every case; each goes through a loader (one scoped
// transaction per batch), so more cases add no statement. A batch may split across a tick,
// hence a slack of 2.
const env = useActorsServer();
const act = housingActions(env);
let schema: GraphQLSchema;
let careTeam: Viewer;

beforeAll(async () => {
  schema = await createSchema(env.server.deps.events);
  const [user] = await env.database.dataSource.query(`SELECT id, person_id FROM user_account WHERE email = 'soins.erah@example.org'`);
  const grants = await env.database.dataSource.query(`SELECT role, territory_id AS "territoryId", partner_id AS "partnerId" FROM role_assignment WHERE user_id = $1`, [user.id]);
  careTeam = { kind: 'user', userId: user.id, personId: user.person_id, grants, sessionTokenHash: 'statements' };
});

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

describe('a case page', () => {
  it('reads the case, then its identity, clinical part and steps together in one more transaction', async () => {
    const housed = await act.housedCase();
    const source = `query($id: ID!) { imlCase(id: $id) { id identity { firstName } clinicalNotes steps { toState } } }`;
    const { result, statements } = await countStatements(() =>
      graphql({ schema, source, variableValues: { id: housed.id }, contextValue: createContext(env.server.deps, careTeam) }),
    );
    expect(result.errors).toBeUndefined();
    const page = (result.data as { imlCase: { identity: unknown; steps: unknown[] } }).imlCase;
    expect(page.identity).not.toBeNull();
    expect(page.steps.length).toBeGreaterThan(0);
    // Each read logs itself in its own statement; the parts share one transaction: the case
    // (begin, scope, read, commit), then the parts (begin, scope, three reads, commit).
    expect(statements).toBe(10);
  });
});
