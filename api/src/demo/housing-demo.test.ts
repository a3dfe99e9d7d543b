import type { EntityManager } from 'typeorm';
import { beforeAll, describe, expect, it } from 'vitest';
import { useAccountsServer } from '../modules/accounts/account.test-helpers.js';
import { todayInParis } from '../modules/calendar/paris-time.js';
import { ImlCaseState } from '../modules/housing/pathway.js';
import { anonymiseClosedCases } from '../modules/housing/retention.js';
import { reviewSchedule } from '../modules/housing/review-schedule.js';
import { demoPassword } from './accounts.data.js';
import { loadDemoData } from './load-demo.js';
import { demoProjects } from './projects.data.js';

// The demo IML cohort against the documents' figures, read as the API reads it: the application
// role, under row-level security, with the coordination's scope (the care team's for identities).
const env = useAccountsServer();
let territoryId: string;
let partyIds: Map<string, string>;

const iml = demoProjects.find((project) => project.slug === 'iml')!;
const indicator = (name: string, year: number) => iml.indicators!.find((i) => i.name === name)!.values.find((v) => v.year === year)!;

interface CaseRow {
  id: string;
  state: ImlCaseState;
  pseudonym: string;
  operator_id: string | null;
  landlord_id: string | null;
  landlord_slug: string | null;
  sublease_starts_on: string | null;
  closed_on: string | null;
  anonymised: boolean;
  review_dates: string[];
}

function asParty<T>(key: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return env.database.dataSource.transaction(async (manager) => {
    await manager.query(`SELECT set_config('clsm.housing_scope', $1, true)`, [key]);
    return work(manager);
  });
}

const coordination = () => `COORDINATION:${territoryId}`;

function readCases(): Promise<CaseRow[]> {
  return asParty(coordination(), (manager) =>
    manager.query(
      `SELECT c.id, c.state, c.pseudonym, c.operator_id, c.landlord_id, p.slug AS landlord_slug, c.sublease_starts_on::text, c.closed_on::text,
              c.anonymised_at IS NOT NULL AS anonymised,
              coalesce((SELECT array_agg(r.held_on::text ORDER BY r.held_on) FROM iml_review r WHERE r.case_id = c.id), '{}') AS review_dates
         FROM iml_case c LEFT JOIN partner p ON p.id = c.landlord_id WHERE c.territory_id = $1`,
      [territoryId],
    ),
  );
}

const yearOf = (day: string | null) => day?.slice(0, 4);

beforeAll(async () => {
  [{ id: territoryId }] = await env.database.dataSource.query(`SELECT id FROM territory WHERE slug = 'clsm-metz'`);
  const partners: Array<{ id: string; slug: string }> = await env.database.dataSource.query(`SELECT id, slug FROM partner`);
  partyIds = new Map(partners.map((p) => [p.slug, p.id]));
});

describe('the demo IML cohort', () => {
  it('is wholly visible to the coordination, under pseudonyms', async () => {
    const cases = await readCases();
    const [{ count }] = await env.database.dataSource.query(`SELECT count(*)::int AS count FROM iml_case_figures($1)`, [territoryId]);
    expect(cases.length).toBe(count);
    for (const c of cases) expect(c.pseudonym).toMatch(/^IML-[0-9A-F]{8}$/);
  });

  it('houses 11 people in 2019 and 9 in 2020, 20 over 7 landlords and none with Vilogia, as the documents say', async () => {
    const cases = await readCases();
    const subletIn = (year: string) => cases.filter((c) => yearOf(c.sublease_starts_on) === year);
    expect(subletIn('2019')).toHaveLength(indicator('Personnes logées', 2019).value!);
    expect(subletIn('2020')).toHaveLength(indicator('Personnes logées', 2020).target!);
    const cohort = [...subletIn('2019'), ...subletIn('2020')];
    // 10 flats a year over 2 years: the 20 places of the scheme.
    const places = iml.funding!.find((line) => line.unitLabel === 'logement' && line.fromYear === 2020)!.units;
    expect(cohort).toHaveLength(places);
    expect(new Set(cohort.map((c) => c.landlord_slug)).size).toBe(7);
    expect(cases.some((c) => c.landlord_slug === 'vilogia')).toBe(false);
    // The scheme lasts 2 years at most: every one of them has its outcome, and is by now as
    // retention leaves a case two years after it: the job finds nothing left to erase.
    for (const c of cohort) expect([c.closed_on !== null, c.anonymised], c.pseudonym).toEqual([true, true]);
    expect(await anonymiseClosedCases(env.database.dataSource, 24)).toBe(0);
  });

  it('applies in 2020 the 2 lease transfers in view at the end of 2019, and has one in view today', async () => {
    const cases = await readCases();
    const transferred2020 = cases.filter((c) => c.state === ImlCaseState.LEASE_TRANSFERRED && yearOf(c.closed_on) === '2020');
    expect(transferred2020).toHaveLength(indicator('Glissements de bail', 2020).target!);
    const pending: Array<{ case_id: string }> = await asParty(coordination(), (manager) =>
      manager.query(`SELECT case_id FROM iml_outcome_decision WHERE outcome = 'LEASE_TRANSFERRED' AND applied_at IS NULL AND cancelled_at IS NULL`),
    );
    expect(pending).toHaveLength(1);
    expect(cases.find((c) => c.id === pending[0].case_id)!.state).toBe(ImlCaseState.SUPPORTED);
  });

  it('has the consent of the person for each party that reads the case', async () => {
    const cases = await readCases();
    const consents: Array<{ case_id: string; party_role: string; party_id: string }> = await asParty(coordination(), (manager) =>
      manager.query(`SELECT case_id, party_role, party_id FROM iml_consent WHERE withdrawn_on IS NULL`),
    );
    const has = (c: CaseRow, role: string, partyId: string | null) => consents.some((s) => s.case_id === c.id && s.party_role === role && s.party_id === partyId);
    const beforeOperator = new Set([ImlCaseState.PROPOSED, ImlCaseState.REGISTERED]);
    const beforeLandlord = new Set([...beforeOperator, ImlCaseState.ORIENTED, ImlCaseState.MATCHING]);
    for (const c of cases) {
      expect(has(c, 'COORDINATION', territoryId), c.pseudonym).toBe(true);
      if (!beforeOperator.has(c.state)) expect(has(c, 'HOUSING_OPERATOR', c.operator_id ?? partyIds.get('amli')!), c.pseudonym).toBe(true);
      if (!beforeLandlord.has(c.state)) expect(c.landlord_id && has(c, 'LANDLORD', c.landlord_id), c.pseudonym).toBe(true);
    }
  });

  it('names nobody: fictional identities, no reachable contact, clinical texts marked fictional', async () => {
    const [identities, clinical] = await asParty(`CARE_TEAM:${partyIds.get('ch-jury-erah')}`, async (manager) => [
      (await manager.query(`SELECT last_name, phone, email FROM iml_case_private`)) as Array<{ last_name: string; phone: string | null; email: string | null }>,
      (await manager.query(`SELECT justifications, clinical_notes FROM iml_case_clinical`)) as Array<{ justifications: Record<string, string>; clinical_notes: string }>,
    ]);
    // Retention has erased the identities of the cases closed more than two years ago.
    expect(identities).toHaveLength((await readCases()).filter((c) => !c.anonymised).length);
    expect(identities.length).toBeGreaterThan(0);
    for (const identity of identities) {
      expect(identity.last_name).toBe('Exemple');
      expect(identity.phone === null || !/^[\d\s.+()-]+$/.test(identity.phone)).toBe(true);
      expect(identity.email === null || identity.email.endsWith('@example.org')).toBe(true);
    }
    for (const part of clinical) for (const text of [part.clinical_notes, ...Object.values(part.justifications)]) expect(text).toContain('(fictif)');
  });

  it('has a case at each step of the board, and a review overdue on any day to come', async () => {
    const cases = await readCases();
    const open = [ImlCaseState.PROPOSED, ImlCaseState.REGISTERED, ImlCaseState.ORIENTED, ImlCaseState.MATCHING, ImlCaseState.PRESENTED, ImlCaseState.ACCEPTED, ImlCaseState.REFUSED, ImlCaseState.HOUSED, ImlCaseState.SUPPORTED];
    for (const state of open) expect(cases.some((c) => c.state === state), state).toBe(true);
    const overdueOn = (today: string) =>
      cases.filter((c) => c.sublease_starts_on && !c.closed_on && reviewSchedule({ subleaseStartsOn: c.sublease_starts_on, reviewDates: c.review_dates, today }).overdue);
    for (const today of [todayInParis(), '2027-06-01', '2031-01-01']) expect(overdueOn(today).length, today).toBeGreaterThan(0);
    const available: Array<{ count: number }> = await env.database.dataSource.query(`SELECT count(*)::int AS count FROM housing_offer WHERE status = 'AVAILABLE' AND is_demo`);
    expect(available[0].count).toBeGreaterThan(0);
  });

  it('is loaded once: a second start adds nothing', async () => {
    const before = (await readCases()).length;
    await loadDemoData(env.database.dataSource, { withAccounts: true });
    expect((await readCases()).length).toBe(before);
  });

  it('gives the demo funder the scheme’s figures, and no case', async () => {
    const funder = await env.server.signIn('financeur.ddcs@example.org', demoPassword);
    const result = await env.server.graphql<{ imlSchemeFigures: { placesTarget: number; housedEver: number; reviewsOverdue: number }; imlCases: { totalCount: number } }>(
      `{ imlSchemeFigures(territory: "clsm-metz") { placesTarget housedEver reviewsOverdue } imlCases(territory: "clsm-metz") { totalCount } }`,
      {},
      funder,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.imlSchemeFigures.placesTarget).toBe(20);
    expect(result.data!.imlSchemeFigures.housedEver).toBeGreaterThanOrEqual(20);
    expect(result.data!.imlSchemeFigures.reviewsOverdue).toBeGreaterThan(0);
    expect(result.data!.imlCases.totalCount).toBe(0);
  });
});
