import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer.js';
import { countStatements } from '../../db/query-counter.js';
import { createContext, type AppDeps } from '../../graphql/context.js';
import { createSchema } from '../../graphql/schema.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { testDeps } from '../../test-support/test-deps.js';
import { Role } from '../accounts/role.enum.js';
import { loadReportFixture } from './report.fixture.js';

// The report is a fixed set of aggregate statements: a territory of 2,000 partners with five
// years of meetings, events and training costs as many statements as the small fixture.
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let schema: GraphQLSchema;
let deps: AppDeps;
const territoryIds: Record<string, string> = {};

async function loadLargeTerritory(): Promise<string> {
  const ds = database.dataSource;
  const [{ id: territoryId }] = await ds.query(`INSERT INTO territory (slug, name) VALUES ('essai-volume', 'Territoire national d’essai') RETURNING id`);
  await ds.query(
    `WITH p AS (INSERT INTO partner (slug, name, sector, kind, version)
                SELECT 'volume-' || n, 'Structure ' || n, (ARRAY['CARE','SUPPORT_LISTENING','SOCIAL_ACTION','LEGAL_PROTECTION','TRAINING_EMPLOYMENT','INSTITUTIONS','HOUSING'])[1 + n % 7], 'ASSOCIATION', 1
                FROM generate_series(1, 2000) n RETURNING id)
     INSERT INTO partner_territory (partner_id, territory_id) SELECT id, $1 FROM p`,
    [territoryId],
  );
  await ds.query(
    `INSERT INTO project (territory_id, slug, name, status, start_year) SELECT $1, 'volume-projet-' || n, 'Projet ' || n, 'ACTIVE', 2018 FROM generate_series(1, 20) n`,
    [territoryId],
  );
  await ds.query(
    `INSERT INTO project_partner (project_id, partner_id)
     SELECT pr.id, pa.id FROM partner pa JOIN project pr ON pr.slug = 'volume-projet-' || (1 + split_part(pa.slug, '-', 2)::int % 20) WHERE pa.slug LIKE 'volume-%'`,
  );
  await ds.query(
    `INSERT INTO working_group (territory_id, slug, name, status) SELECT $1, 'volume-groupe-' || n, 'Groupe ' || n, 'ACTIVE' FROM generate_series(1, 10) n`,
    [territoryId],
  );
  await ds.query(
    `INSERT INTO meeting (territory_id, group_id, body, title, starts_at, ends_at, status)
     SELECT $1, g.id, 'GROUP', 'Réunion', make_timestamptz(y, m, 10, 9, 0, 0, 'Europe/Paris'), make_timestamptz(y, m, 10, 11, 0, 0, 'Europe/Paris'), 'HELD'
     FROM working_group g, generate_series(2019, 2023) y, generate_series(1, 12) m WHERE g.territory_id = $1`,
    [territoryId],
  );
  await ds.query(
    `INSERT INTO attendance (meeting_id, partner_id, status)
     SELECT m.id, pa.id, 'PRESENT' FROM meeting m
     JOIN LATERAL (SELECT id FROM partner WHERE slug = ANY (SELECT 'volume-' || (1 + (abs(hashtext(m.id::text)) + k * 97) % 2000) FROM generate_series(1, 20) k)) pa ON true
     WHERE m.territory_id = $1`,
    [territoryId],
  );
  await ds.query(
    `INSERT INTO edition (project_id, year, slug, theme, starts_on, ends_on)
     SELECT pr.id, y, 'volume-edition-' || y, 'Thème ' || y, make_date(y, 3, 10), make_date(y, 3, 24) FROM project pr, generate_series(2019, 2023) y WHERE pr.slug = 'volume-projet-1'`,
  );
  await ds.query(
    `INSERT INTO project_event (project_id, edition_id, kind, title, starts_at, audience, status, attendance)
     SELECT ed.project_id, ed.id, 'EVENT', 'Événement ' || n, make_timestamptz(ed.year, 3, 10 + n % 14, 18, 0, 0, 'Europe/Paris'), 'PUBLIC', 'ACCEPTED', 10 + n
     FROM edition ed, generate_series(1, 30) n WHERE ed.slug LIKE 'volume-edition-%'`,
  );
  await ds.query(
    `INSERT INTO event_organiser (event_id, partner_id)
     SELECT e.id, pa.id FROM project_event e JOIN edition ed ON ed.id = e.edition_id
     JOIN partner pa ON pa.slug IN ('volume-' || (1 + abs(hashtext(e.id::text)) % 2000), 'volume-' || (1 + abs(hashtext(e.title)) % 2000))
     WHERE ed.slug LIKE 'volume-edition-%'`,
  );
  await ds.query(
    `INSERT INTO project_event (project_id, kind, title, starts_at, audience, status, attendance)
     SELECT pr.id, 'TRAINING', 'Session ' || n, make_timestamptz(y, 1 + n, 5, 9, 0, 0, 'Europe/Paris'), 'PROFESSIONAL', 'ACCEPTED', 15
     FROM project pr, generate_series(2019, 2023) y, generate_series(1, 10) n WHERE pr.slug = 'volume-projet-2'`,
  );
  return territoryId;
}

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database.dataSource);
  schema = await createSchema(deps.events);
  territoryIds['essai-bilan'] = (await loadReportFixture(database.dataSource)).territoryId;
  territoryIds['essai-volume'] = await loadLargeTerritory();
}, 120_000);
afterAll(() => database?.drop());

async function statementsOf(territory: string, year: number): Promise<{ statements: number; partnersInvolved: number; meetingsHeld: number }> {
  const viewer: Viewer = { kind: 'user', userId: randomUUID(), personId: randomUUID(), sessionTokenHash: 'test', grants: [{ role: Role.MEMBER, territoryId: territoryIds[territory], partnerId: null }] };
  const { result, statements } = await countStatements(() =>
    graphql({
      schema,
      source: `query($territory: String!, $year: Int!) { yearlyReport(territory: $territory, year: $year) {
        partnersInvolved partnersBySector { partners } meetingsHeld attendances meetingsByGroup { name } editions { events } trainingSessions conventionMilestones { label } imlIndicators { name } } }`,
      variableValues: { territory, year },
      contextValue: createContext(deps, viewer),
    }),
  );
  expect(result.errors).toBeUndefined();
  const report = (result.data as { yearlyReport: { partnersInvolved: number; meetingsHeld: number } }).yearlyReport;
  return { statements, partnersInvolved: report.partnersInvolved, meetingsHeld: report.meetingsHeld };
}

describe('statements of the yearly report', () => {
  it('do not grow with 2,000 partners and five years of meetings', async () => {
    const small = await statementsOf('essai-bilan', 2021);
    const large = await statementsOf('essai-volume', 2021);
    // The large territory really is large: otherwise the comparison proves nothing.
    expect(large.partnersInvolved).toBe(2000);
    expect(large.meetingsHeld).toBe(120);
    expect(large.statements).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(12);
  });
});
