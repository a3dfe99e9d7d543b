import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoData } from '../demo/load-demo.js';
import { Attendance } from '../modules/meetings/meeting-parts.entity.js';
import { Partner } from '../modules/partners/partner.entity.js';
import { Person } from '../modules/people/person.entity.js';
import { createTestDatabase } from '../test-support/test-database.js';
import { entityFromJson } from './entity-from-json.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;

beforeAll(async () => {
  database = await createTestDatabase();
  await loadDemoData(database.dataSource, { withAccounts: false });
});
afterAll(async () => {
  await database?.drop();
});

describe('an entity built from to_jsonb(row)', () => {
  it.each([
    ['partner', Partner],
    ['person', Person],
    ['attendance', Attendance],
  ] as const)('equals the one TypeORM loads, for every %s row', async (table, entity) => {
    const loaded = await database.dataSource.getRepository(entity as typeof Partner).find({ order: { id: 'ASC' } });
    const rows: Array<{ row: Record<string, unknown> }> = await database.dataSource.query(`SELECT to_jsonb(t) AS row FROM ${table} t ORDER BY id`);
    expect(loaded.length).toBeGreaterThan(0);
    expect(rows.map(({ row }) => entityFromJson(database.dataSource, entity as typeof Partner, row))).toEqual(loaded);
  });
});
