import { beforeAll, describe, expect, it } from 'vitest';
import { useActorsServer, insertAccount } from '../../auth/actors.test-helpers.js';
import { anonymous, type Viewer } from '../../auth/viewer.js';
import { createDataSource } from '../../db/data-source.js';
import { testLog } from '../../test-support/test-database.js';
import { Role } from '../accounts/role.enum.js';
import { withCaseScope } from './case-scope.js';
import { ImlCase, ImlCasePrivate } from './iml-case.entity.js';
import { housingActions } from './iml-case.test-helpers.js';
import { anonymiseClosedCases } from './retention.js';
import { accountViewer } from '../../test-support/account-viewer.js';

// The second line of defence: PostgreSQL itself refuses case rows outside the transaction's
// scope, so code that forgets the service (or the field policy) still reads nothing.

const env = useActorsServer();
const act = housingActions(env);
const caseTables = ['iml_case', 'iml_case_private', 'iml_case_clinical', 'iml_consent', 'iml_case_step', 'iml_review', 'iml_outcome_decision', 'iml_case_document'];
let caseId: string;
let territoryId: string;

/** The owner's view of the database (the test cluster's superuser), to know what really is there. */
async function asOwner<T>(work: (query: (sql: string, params?: unknown[]) => Promise<any[]>) => Promise<T>): Promise<T> {
  const owner = createDataSource((env.database.dataSource.options as { url: string }).url, testLog, 1, 'owner');
  await owner.initialize();
  try {
    return await work((sql, params) => owner.query(sql, params));
  } finally {
    await owner.destroy();
  }
}

const viewerOf = (email: string) => accountViewer(env.database.dataSource, email);

beforeAll(async () => {
  const c = await act.housedCase();
  caseId = c.id;
  territoryId = (await env.database.dataSource.query(`SELECT id FROM territory WHERE slug = 'clsm-metz'`))[0].id;
  await insertAccount(env.database.dataSource, {
    email: 'bailleur.autre@example.org',
    password: 'mot-de-passe-essai',
    firstName: 'Autre',
    lastName: 'Bailleur',
    grants: [{ territorySlug: 'clsm-metz', role: Role.LANDLORD_REFERENT, partnerSlug: 'vilogia' }],
  });
});

describe('row-level security on the case tables', () => {
  it('the API pool is clsm_app, which owns none of the case tables, all of them forced under RLS', async () => {
    const [{ user }] = await env.database.dataSource.query(`SELECT current_user AS user`);
    expect(user).toBe('clsm_app');
    const tables = await env.database.dataSource.query(
      `SELECT c.relname, pg_get_userbyid(c.relowner) AS owner, c.relrowsecurity, c.relforcerowsecurity
       FROM pg_class c WHERE c.relname = ANY($1) ORDER BY c.relname`,
      [caseTables],
    );
    expect(tables).toHaveLength(caseTables.length);
    for (const table of tables) {
      expect(table.owner).not.toBe('clsm_app');
      expect(table.relrowsecurity && table.relforcerowsecurity).toBe(true);
    }
  });

  it('a query as the application role with no scope gets no case row, though the rows are there', async () => {
    const present = await asOwner(async (query) => Object.fromEntries(await Promise.all(caseTables.map(async (t) => [t, Number((await query(`SELECT count(*) FROM ${t}`))[0].count)]))));
    for (const table of ['iml_case', 'iml_case_private', 'iml_case_clinical', 'iml_consent', 'iml_case_step']) expect(present[table]).toBeGreaterThan(0);
    for (const table of caseTables) {
      const [{ count }] = await env.database.dataSource.query(`SELECT count(*) FROM ${table}`);
      expect(Number(count), table).toBe(0);
    }
    expect(await env.database.dataSource.getRepository(ImlCase).find()).toEqual([]);
    // Nor by updating or deleting blind.
    const [, updated] = await env.database.dataSource.query(`UPDATE iml_case SET state = 'EXITED'`);
    expect(updated).toBe(0);
    const [, deleted] = await env.database.dataSource.query(`DELETE FROM iml_case_private`);
    expect(deleted).toBe(0);
  });

  it('code bypassing the service, under a user\'s scope, reads only that user\'s cases and parts', async () => {
    // As a resolver would that queried the tables itself with the right scope but no field policy.
    const otherLandlord = await viewerOf('bailleur.autre@example.org');
    const rogue = (viewer: Viewer) =>
      withCaseScope(env.database.dataSource, viewer, async (manager) => ({
        cases: (await manager.query(`SELECT id FROM iml_case`)).map((row: { id: string }) => row.id),
        identities: await manager.getRepository(ImlCasePrivate).count(),
        clinical: Number((await manager.query(`SELECT count(*) FROM iml_case_clinical`))[0].count),
        reviews: Number((await manager.query(`SELECT count(*) FROM iml_review WHERE case_id = $1`, [caseId]))[0].count),
      }));
    expect(await rogue(otherLandlord)).toEqual({ cases: [], identities: 0, clinical: 0, reviews: 0 });
    expect(await rogue(anonymous)).toEqual({ cases: [], identities: 0, clinical: 0, reviews: 0 });
    // The case's own landlord reads the case, never the identity or the clinical part.
    const landlord = await rogue(await viewerOf('referent.bailleur@example.org'));
    expect(landlord.cases).toContain(caseId);
    expect(landlord.identities).toBe(0);
    expect(landlord.clinical).toBe(0);
    // The coordination: the pathway, no identity, no clinical part.
    const coordination = await rogue(await viewerOf('coordination@example.org'));
    expect(coordination.cases).toContain(caseId);
    expect([coordination.identities, coordination.clinical]).toEqual([0, 0]);
    // The operator: identity yes, clinical part no. The care team: both.
    const operator = await rogue(await viewerOf('operateur.amli@example.org'));
    expect(operator.identities).toBeGreaterThan(0);
    expect(operator.clinical).toBe(0);
    const care = await rogue(await viewerOf('soins.erah@example.org'));
    expect(care.clinical).toBeGreaterThan(0);
  });

  it('refuses a case row written outside the scope', async () => {
    const insert = withCaseScope(env.database.dataSource, await viewerOf('bailleur.autre@example.org'), (manager) =>
      manager.query(
        `INSERT INTO iml_case (territory_id, pseudonym, state, party_keys, referring_team_id, referred_on)
         VALUES ($1, 'IML-FORGED00', 'PROPOSED', ARRAY['CARE_TEAM:' || (SELECT id FROM partner WHERE slug = 'ch-jury-erah')], (SELECT id FROM partner WHERE slug = 'ch-jury-erah'), '2026-01-01')`,
        [territoryId],
      ),
    );
    await expect(insert).rejects.toThrow(/row-level security/);
  });
});

describe('retention', () => {
  it('anonymises cases closed longer ago than the retention, keeping dates and states for the figures', async () => {
    const old = await act.refer();
    const recent = await act.refer();
    for (const [c, on] of [[old, '2023-05-02'], [recent, '2026-01-06']] as const) {
      const result = await act.move('careTeam', c.id, c.version, 'WITHDRAWN', { on, reason: 'La personne a trouvé une autre solution (fictif)' });
      expect(result.errors).toBeUndefined();
    }
    expect(await anonymiseClosedCases(env.database.dataSource, 24, '2026-11-30')).toBe(1);
    const state = (id: string) =>
      asOwner(async (query) => ({
        identity: Number((await query(`SELECT count(*) FROM iml_case_private WHERE case_id = $1`, [id]))[0].count),
        clinical: Number((await query(`SELECT count(*) FROM iml_case_clinical WHERE case_id = $1`, [id]))[0].count),
        row: (await query(`SELECT state, closed_on::text, closing_reason, person_key, anonymised_at IS NOT NULL AS anonymised FROM iml_case WHERE id = $1`, [id]))[0],
      }));
    expect(await state(old.id)).toEqual({
      identity: 0,
      clinical: 0,
      row: { state: 'WITHDRAWN', closed_on: '2023-05-02', closing_reason: null, person_key: null, anonymised: true },
    });
    const kept = await state(recent.id);
    expect([kept.identity, kept.clinical, kept.row.anonymised]).toEqual([1, 1, false]);
    // Open cases are never touched, and a second run finds nothing more.
    expect(await anonymiseClosedCases(env.database.dataSource, 24, '2026-11-30')).toBe(0);
    const page = (await act.read('careTeam', old.id)).data!.imlCase!;
    expect(page.identity).toBeNull();
    expect(page.steps.map((s: { toState: string }) => s.toState)).toEqual(['PROPOSED', 'WITHDRAWN']);
  });
});
