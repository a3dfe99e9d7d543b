import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../demo/load-demo.js';
import { ImlCase, ImlCaseClinical, ImlCasePrivate, ImlCaseStep, ImlOutcomeDecision, ImlReview } from '../modules/housing/iml-case.entity.js';
import { Attendance } from '../modules/meetings/meeting-parts.entity.js';
import { Partner } from '../modules/partners/partner.entity.js';
import { Person } from '../modules/people/person.entity.js';
import { createTestDatabase, testLog } from '../test-support/test-database.js';
import { createDataSource } from './data-source.js';
import { entityFromJson } from './entity-from-json.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
// The owner (the test cluster's superuser) sees the housing rows whatever their row security.
let owner: DataSource;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemoData(database.dataSource, { withAccounts: true });
  owner = createDataSource((database.dataSource.options as { url: string }).url, testLog, 1, 'owner');
  await owner.initialize();
});
afterAll(async () => {
  await owner?.destroy();
  await database?.drop();
});

describe('an entity built from to_jsonb(row)', () => {
  it.each([
    ['partner', Partner],
    ['person', Person],
    ['attendance', Attendance],
    ['iml_case', ImlCase],
    ['iml_case_private', ImlCasePrivate],
    ['iml_case_clinical', ImlCaseClinical],
    ['iml_case_step', ImlCaseStep],
    ['iml_review', ImlReview],
    ['iml_outcome_decision', ImlOutcomeDecision],
  ] as const)('equals the one TypeORM loads, for every %s row', async (table, entity) => {
    const target = entity as typeof Partner;
    const key = owner.getMetadata(target).primaryColumns[0].databaseName;
    const loaded = await owner.getRepository(target).createQueryBuilder('t').orderBy(`t.${key}`).getMany();
    const rows: Array<{ row: Record<string, unknown> }> = await owner.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY ${key}`);
    expect(loaded.length).toBeGreaterThan(0);
    expect(rows.map(({ row }) => entityFromJson(owner, target, row))).toEqual(loaded);
  });
});
