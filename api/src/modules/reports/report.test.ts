import 'reflect-metadata';
import { graphql, type GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../../auth/viewer.js';
import { anonymous } from '../../auth/viewer.js';
import { createContext, type AppDeps } from '../../graphql/context.js';
import { createSchema } from '../../graphql/schema.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { testDeps } from '../../test-support/test-deps.js';
import { Role } from '../accounts/role.enum.js';
import { fixtureYear, loadReportFixture } from './report.fixture.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
let schema: GraphQLSchema;
let deps: AppDeps;
let member: Viewer;
let outsider: Viewer;

beforeAll(async () => {
  database = await createTestDatabase();
  deps = testDeps(database.dataSource);
  schema = await createSchema(deps.events);
  const { territoryId } = await loadReportFixture(database.dataSource);
  const viewerOf = (territory: string): Viewer => ({ kind: 'user', userId: randomUUID(), personId: randomUUID(), sessionTokenHash: 'test', grants: [{ role: Role.MEMBER, territoryId: territory, partnerId: null }] });
  member = viewerOf(territoryId);
  outsider = viewerOf(randomUUID());
});
afterAll(() => database?.drop());

const reportQuery = `query($year: Int!) { yearlyReport(territory: "essai-bilan", year: $year) {
  year partnersInvolved partnersBySector { sector partners } activeGroups meetingsHeld meetingsCancelled attendances partnersAttending
  meetingsByGroup { slug name meetingsHeld attendances } editions { slug events participants organisers }
  trainingSessions trainingParticipants conventionMilestones { conventionSlug label date } imlIndicators { name target value }
} }`;

async function report(viewer: Viewer, year = fixtureYear) {
  return graphql({ schema, source: reportQuery, variableValues: { year }, contextValue: createContext(deps, viewer) });
}

describe('the yearly report', () => {
  it('gives the figures known by hand for the fixture territory', async () => {
    const result = await report(member);
    expect(result.errors).toBeUndefined();
    const figures = (result.data as { yearlyReport: Record<string, unknown> }).yearlyReport;
    expect(figures).toMatchObject({
      year: 2021,
      partnersInvolved: 4,
      activeGroups: 1,
      meetingsHeld: 4,
      meetingsCancelled: 1,
      attendances: 10,
      partnersAttending: 5,
      trainingSessions: 2,
      trainingParticipants: 20,
      editions: [{ slug: 'essai-bilan-2021', events: 2, participants: 50, organisers: 2 }],
      imlIndicators: [{ name: 'Personnes logées', target: 10, value: 7 }],
    });
    const bySector = Object.fromEntries((figures.partnersBySector as Array<{ sector: string; partners: number }>).map((row) => [row.sector, row.partners]));
    expect(bySector).toEqual({ CARE: 2, SUPPORT_LISTENING: 1, SOCIAL_ACTION: 0, LEGAL_PROTECTION: 0, TRAINING_EMPLOYMENT: 0, INSTITUTIONS: 0, HOUSING: 1 });
    expect(figures.meetingsByGroup).toEqual([
      { slug: 'groupe-essai-bilan', name: 'Groupe d’essai', meetingsHeld: 3, attendances: 6 },
      { slug: null, name: 'Assemblée plénière', meetingsHeld: 1, attendances: 4 },
    ]);
    expect(figures.conventionMilestones).toEqual([
      { conventionSlug: 'convention-essai-bilan', label: 'En négociation', date: '2021-02-01' },
      { conventionSlug: 'convention-essai-bilan', label: 'Signée', date: '2021-06-15' },
      { conventionSlug: 'convention-essai-bilan', label: 'En vigueur', date: '2021-06-15' },
      { conventionSlug: 'convention-essai-bilan', label: 'Évaluation prévue', date: '2021-12-15' },
    ]);
  });

  it('moves the figures with the year', async () => {
    const figures = ((await report(member, 2022)).data as { yearlyReport: Record<string, unknown> }).yearlyReport;
    expect(figures).toMatchObject({ meetingsHeld: 1, attendances: 1, trainingSessions: 1, trainingParticipants: 15, editions: [], conventionMilestones: [] });
  });

  it('is for the accounts of the territory, for a sensible year', async () => {
    expect((await report(outsider)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await report(anonymous)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const badYear = await report(member, 1789);
    expect(badYear.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(badYear.errors?.[0]?.message).toMatch(/^Choisissez une année entre/);
  });
});
