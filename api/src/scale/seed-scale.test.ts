import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer.js';
import { createDataSource } from '../db/data-source.js';
import { demoEditions, demoTrainingSessions } from '../demo/events.data.js';
import { demoCases } from '../demo/housing.data.js';
import { demoGroups, demoMeetings } from '../demo/meetings.data.js';
import { demoPartners } from '../demo/partners.data.js';
import { Role } from '../modules/accounts/role.enum.js';
import { withCaseScope } from '../modules/housing/case-scope.js';
import { ImlCaseState, transitionFor } from '../modules/housing/pathway.js';
import type { Partner } from '../modules/partners/partner.entity.js';
import { refreshSearchDocuments } from '../modules/partners/partner.search-index.js';
import { createTestDatabase, testLog } from '../test-support/test-database.js';
import { startTestServer } from '../test-support/test-server.js';
import { nationalCounts, scaleCounts } from './counts.js';
import { AlreadyGeneratedError, generateScaleNetwork, type ScaleSummary } from './generate.js';
import { metzCareTeamSlug } from './write-housing.js';

// The generator at a tiny size, into databases of the test's own: counts, integrity, search
// through the real GraphQL API, every case readable by its care team through the real row-level
// security scope and by no other, and the same network from the same seed.

const size = 0.002;
const urlOf = (dataSource: DataSource) => (dataSource.options as { url: string }).url;

type TestDatabase = Awaited<ReturnType<typeof createTestDatabase>>;
let first: TestDatabase;
let second: TestDatabase;
let summary: ScaleSummary;
let again: ScaleSummary;
let owner: DataSource;

beforeAll(async () => {
  first = await createTestDatabase();
  second = await createTestDatabase();
  summary = await generateScaleNetwork({ url: urlOf(first.dataSource), size, log: testLog });
  again = await generateScaleNetwork({ url: urlOf(second.dataSource), size, log: testLog });
  owner = createDataSource(urlOf(first.dataSource), testLog, 2, 'owner');
  await owner.initialize();
}, 240_000);

afterAll(async () => {
  await owner?.destroy();
  await first?.drop();
  await second?.drop();
});

/** The generated cases: those of the fictional territories, and the Metz ones of the demo CMP (the demo's are ERAH's). */
const generatedCases = `JOIN territory gt ON gt.id = c.territory_id JOIN partner gp ON gp.id = c.referring_team_id WHERE gt.slug LIKE '%-fictif' OR gp.slug = $1`;
const fictional = (alias: string) => `JOIN territory ft ON ft.id = ${alias}.territory_id WHERE ft.slug LIKE '%-fictif'`;
const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await owner.query(sql, params))[0].count);

describe('the scale generator', () => {
  it('plans the national network at size 1 and proportionally smaller ones', () => {
    expect(scaleCounts(1)).toEqual(nationalCounts);
    const half = scaleCounts(0.5);
    for (const key of Object.keys(nationalCounts) as Array<keyof typeof nationalCounts>) expect(half[key]).toBe(nationalCounts[key] / 2);
    expect(() => scaleCounts(0)).toThrow();
  });

  it('writes the counts of its size on top of the Metz demo', async () => {
    const counts = scaleCounts(size);
    const demoEvents = demoEditions.reduce((sum, edition) => sum + edition.events.length, 0) + demoTrainingSessions.length;
    expect(await count(`SELECT count(*) FROM territory WHERE slug LIKE '%-fictif'`)).toBe(counts.territories);
    expect(await count(`SELECT count(*) FROM territory`)).toBe(counts.territories + 1);
    expect(await count(`SELECT count(*) FROM partner`)).toBe(counts.partners + demoPartners.length);
    expect(await count(`SELECT count(*) FROM contact`)).toBe(counts.contacts + demoPartners.reduce((sum, p) => sum + p.contacts.length, 0));
    expect(await count(`SELECT count(*) FROM working_group`)).toBe(counts.groups + demoGroups.length);
    expect(await count(`SELECT count(*) FROM meeting`)).toBe(counts.meetings + demoMeetings.length);
    expect(await count(`SELECT count(*) FROM project_event`)).toBe(counts.events + demoEvents);
    expect(await count(`SELECT count(*) FROM iml_case`)).toBe(counts.housingCases + demoCases.length);
    expect(
      await count(`SELECT count(*) FROM iml_case c JOIN partner p ON p.id = c.referring_team_id JOIN territory t ON t.id = c.territory_id WHERE t.slug = 'clsm-metz' AND p.slug = $1`, [metzCareTeamSlug]),
    ).toBe(counts.metzCareTeamCases);
    // About ten lines on each attendance sheet.
    const [{ average }] = await owner.query(
      `SELECT avg(n)::float AS average FROM (SELECT count(a.id) AS n FROM meeting m JOIN territory t ON t.id = m.territory_id LEFT JOIN attendance a ON a.meeting_id = m.id
       WHERE t.slug LIKE '%-fictif' GROUP BY m.id) s`,
    );
    expect(average).toBeGreaterThan(8);
    expect(average).toBeLessThan(12);
    // What the summary reports is what the tables hold.
    expect(summary.tables.meeting).toBe(await count(`SELECT count(*) FROM meeting`));
    expect(summary.tables.attendance).toBe(await count(`SELECT count(*) FROM attendance`));
  });

  it('leaves no orphan row: every foreign key, and the references that have none, point to a row', async () => {
    const keys: Array<{ child: string; column: string; parent: string; target: string }> = await owner.query(
      `SELECT c.conrelid::regclass::text AS child, a.attname AS column, c.confrelid::regclass::text AS parent, pa.attname AS target
       FROM pg_constraint c
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
       JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
       WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND cardinality(c.conkey) = 1`,
    );
    expect(keys.length).toBeGreaterThan(40);
    const orphans: Record<string, number> = {};
    for (const { child, column, parent, target } of keys) {
      const n = await count(`SELECT count(*) FROM ${child} x WHERE x."${column}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${parent} y WHERE y."${target}" = x."${column}")`);
      if (n) orphans[`${child}.${column}`] = n;
    }
    const unkeyed = {
      'iml_case.offer_id': `SELECT count(*) FROM iml_case c WHERE c.offer_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM housing_offer o WHERE o.id = c.offer_id AND o.territory_id = c.territory_id)`,
      'iml_consent.party_id': `SELECT count(*) FROM iml_consent s WHERE NOT EXISTS (SELECT 1 FROM partner p WHERE p.id = s.party_id) AND NOT EXISTS (SELECT 1 FROM territory t WHERE t.id = s.party_id)`,
      'iml_case.party_keys': `SELECT count(*) FROM iml_case c, unnest(c.party_keys) k WHERE NOT EXISTS (SELECT 1 FROM partner p WHERE p.id::text = split_part(k, ':', 2)) AND NOT EXISTS (SELECT 1 FROM territory t WHERE t.id::text = split_part(k, ':', 2))`,
      'partner without territory': `SELECT count(*) FROM partner p WHERE NOT EXISTS (SELECT 1 FROM partner_territory pt WHERE pt.partner_id = p.id)`,
      'generated partner without contact': `SELECT count(*) FROM partner p WHERE p.name LIKE '%(fictif)' AND NOT EXISTS (SELECT 1 FROM contact c WHERE c.partner_id = p.id)`,
      'meeting of another territory than its group': `SELECT count(*) FROM meeting m JOIN working_group g ON g.id = m.group_id WHERE g.territory_id <> m.territory_id`,
      'event of an edition of another project': `SELECT count(*) FROM project_event e JOIN edition d ON d.id = e.edition_id WHERE d.project_id <> e.project_id`,
      'event without organiser': `SELECT count(*) FROM project_event e WHERE NOT EXISTS (SELECT 1 FROM event_organiser o WHERE o.event_id = e.id)`,
    };
    for (const [name, sql] of Object.entries(unkeyed)) {
      const n = await count(sql);
      if (n) orphans[name] = n;
    }
    expect(orphans).toEqual({});
  });

  it('fills each search document as the application does, and the directory search finds the generated organisations', async () => {
    // The application's own function, in a transaction rolled back: it changes no document.
    const runner = owner.createQueryRunner();
    await runner.startTransaction();
    try {
      const partners = await runner.query(`SELECT id, kind, sector, commune, theme_codes AS "themeCodes", public_codes AS "publicCodes", search_document::text AS document FROM partner`);
      await refreshSearchDocuments(runner.manager, partners as Partner[]);
      const after: Array<{ id: string; document: string }> = await runner.query(`SELECT id, search_document::text AS document FROM partner`);
      const before = new Map(partners.map((p: { id: string; document: string }) => [p.id, p.document]));
      expect(after.filter((p) => before.get(p.id) !== p.document).length).toBe(0);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }

    const server = await startTestServer(first.dataSource);
    try {
      const query = `query($filter: PartnerFilter) { partners(filter: $filter, first: 100) { totalCount edges { node { slug name } } } }`;
      const territory = summary.manifest.territoryWithManyPartners.slug;
      for (const [search, where] of [['logement', territory], ['addictions', null], ['adolescents', null], ['insertion', null], ['cmp', territory]] as const) {
        const result = await server.graphql<{ partners: { totalCount: number; edges: Array<{ node: { slug: string; name: string } }> } }>(query, { filter: { search, territory: where } });
        expect(result.errors, search).toBeUndefined();
        const generated = result.data!.partners.edges.filter(({ node }) => node.name.endsWith('(fictif)'));
        expect(generated.length, `« ${search} »${where ? ` in ${where}` : ''}`).toBeGreaterThan(0);
      }
      // A territory's directory holds its own organisations and those that work there too.
      const listed = await server.graphql<{ partners: { totalCount: number } }>(query, { filter: { territory } });
      expect(listed.data!.partners.totalCount).toBe(summary.manifest.territoryWithManyPartners.partners);
    } finally {
      await server.close();
    }
  });

  it('makes every case readable by its care team through the row-level security scope, and by no other team', async () => {
    const cases: Array<{ id: string; territory_id: string; referring_team_id: string; anonymised: boolean; state: string }> = await owner.query(
      `SELECT c.id, c.territory_id, c.referring_team_id, c.anonymised_at IS NOT NULL AS anonymised, c.state FROM iml_case c ${generatedCases} ORDER BY c.id`,
      [metzCareTeamSlug],
    );
    expect(cases.length).toBe(scaleCounts(size).housingCases);
    const teams: Array<{ id: string; territory_id: string }> = await owner.query(
      `SELECT p.id, pt.territory_id FROM partner p JOIN partner_territory pt ON pt.partner_id = p.id WHERE p.kind IN ('CMP', 'HOSPITAL_TEAM')`,
    );
    const careTeam = (partnerId: string, territoryId: string): Viewer => ({
      kind: 'user',
      userId: randomUUID(),
      personId: randomUUID(),
      grants: [{ role: Role.CARE_TEAM, territoryId, partnerId }],
      sessionTokenHash: 'scale-test',
    });
    const app = first.dataSource;
    const read = (viewer: Viewer, caseId: string) =>
      withCaseScope(app, viewer, async (manager) => ({
        row: (await manager.query(`SELECT id FROM iml_case WHERE id = $1`, [caseId])).length,
        identity: (await manager.query(`SELECT case_id FROM iml_case_private WHERE case_id = $1`, [caseId])).length,
        clinical: (await manager.query(`SELECT case_id FROM iml_case_clinical WHERE case_id = $1`, [caseId])).length,
        steps: (await manager.query(`SELECT id FROM iml_case_step WHERE case_id = $1`, [caseId])).length,
      }));
    for (const c of cases) {
      const own = await read(careTeam(c.referring_team_id, c.territory_id), c.id);
      const parts = c.anonymised ? 0 : 1;
      expect(own, `case ${c.id} for its care team`).toEqual({ row: 1, identity: parts, clinical: parts, steps: expect.any(Number) });
      expect(own.steps).toBeGreaterThan(0);
      const other = teams.find((t) => t.id !== c.referring_team_id)!;
      expect(await read(careTeam(other.id, other.territory_id), c.id), `case ${c.id} for another team`).toEqual({ row: 0, identity: 0, clinical: 0, steps: 0 });
    }
    // Nothing without a scope: the application role sees no case at all.
    expect(Number((await app.query(`SELECT count(*) FROM iml_case`))[0].count)).toBe(0);
    // The keys were those the service's own function computes.
    expect(summary.partyKeysCorrected).toBe(0);
  });

  it('walks every case along the pathway the service allows', async () => {
    const steps: Array<{ case_id: string; from_state: string | null; to_state: string; state: string }> = await owner.query(
      `SELECT s.case_id, s.from_state, s.to_state, c.state FROM iml_case_step s JOIN iml_case c ON c.id = s.case_id ${generatedCases} ORDER BY s.case_id, s.at`,
      [metzCareTeamSlug],
    );
    const byCase = new Map<string, typeof steps>();
    for (const step of steps) byCase.set(step.case_id, [...(byCase.get(step.case_id) ?? []), step]);
    expect(byCase.size).toBe(scaleCounts(size).housingCases);
    for (const [caseId, path] of byCase) {
      expect(path[0], caseId).toMatchObject({ from_state: null, to_state: ImlCaseState.PROPOSED });
      for (let k = 1; k < path.length; k += 1) {
        expect(path[k].from_state, caseId).toBe(path[k - 1].to_state);
        expect(transitionFor(path[k].from_state as ImlCaseState, path[k].to_state as ImlCaseState), `${caseId}: ${path[k].from_state} → ${path[k].to_state}`).toBeDefined();
      }
      expect(path.at(-1)!.to_state).toBe(path[0].state);
    }
  });

  it('lets the demo CMP correspondent open its Metz case with the identity and clinical notes, and not another care team', async () => {
    const server = await startTestServer(first.dataSource);
    try {
      const query = `query($id: ID!) { imlCase(id: $id) { pseudonym state identity { firstName lastName } clinicalNotes } }`;
      const { id, pseudonym } = summary.manifest.metzCareTeamCase;
      const cmp = await server.signIn('cmp.secteur2@example.org', summary.manifest.demoPassword);
      const seen = await server.graphql<{ imlCase: { pseudonym: string; state: string; identity: { firstName: string } | null; clinicalNotes: string | null } | null }>(query, { id }, cmp);
      expect(seen.errors).toBeUndefined();
      expect(seen.data!.imlCase).toMatchObject({ pseudonym, state: 'SUPPORTED', identity: { firstName: expect.any(String) }, clinicalNotes: expect.stringContaining('fictif') });
      const erah = await server.signIn('soins.erah@example.org', summary.manifest.demoPassword);
      expect((await server.graphql(query, { id }, erah)).data).toEqual({ imlCase: null });
    } finally {
      await server.close();
    }
  });

  it('serves the generated groups, meetings, editions, sectors and case lists through the API without an error', async () => {
    const server = await startTestServer(first.dataSource);
    try {
      const coordinator = await server.signIn('coordination@example.org', summary.manifest.demoPassword);
      const metzGroup = summary.manifest.metzGroupWithManyMeetings;
      const group = await server.graphql<{ group: { name: string; members: unknown[]; meetings: Array<{ attendance: unknown[] }> } }>(
        `query($slug: String!) { group(slug: $slug) { name members { role status partner { name } person { id } }
           meetings { id title status startsAt place videoUrl minutes hostPartner { name } replacedBy { id }
             agenda { title } attendance { status partner { name } person { id } } decisions { text } actions { title status } } } }`,
        { slug: metzGroup.slug },
        coordinator,
      );
      expect(group.errors).toBeUndefined();
      expect(group.data!.group.name).toBe(metzGroup.name);
      expect(group.data!.group.meetings).toHaveLength(metzGroup.meetings);
      expect(group.data!.group.meetings.some((m) => m.attendance.length > 0)).toBe(true);

      const territory = summary.manifest.territoryWithManyPartners.slug;
      const public_ = await server.graphql<{ editions: Array<{ programme: unknown[] }>; psychiatricSectors: Array<{ cmp: { name: string } | null; communes: unknown[] }> }>(
        `query($t: String!) { editions(territory: $t) { slug year theme programme { title place organisers { name } } }
           psychiatricSectors(territory: $t) { code name population cmp { name } communes { code name } } }`,
        { t: territory },
      );
      expect(public_.errors).toBeUndefined();
      expect(public_.data!.editions).toHaveLength(8);
      expect(public_.data!.psychiatricSectors.length).toBeGreaterThanOrEqual(3);
      expect(public_.data!.psychiatricSectors.every((s) => s.cmp && s.communes.length > 0)).toBe(true);

      const cmp = await server.signIn('cmp.secteur2@example.org', summary.manifest.demoPassword);
      const cases = await server.graphql<{ imlCases: { totalCount: number } }>(`{ imlCases(territory: "${summary.manifest.metz.slug}", first: 5) { totalCount edges { node { pseudonym state } } } }`, {}, cmp);
      expect(cases.errors).toBeUndefined();
      // Its own cases, the generated ones: the demo's are ERAH's.
      expect(cases.data!.imlCases.totalCount).toBe(scaleCounts(size).metzCareTeamCases);
    } finally {
      await server.close();
    }
  });

  // Demo rows get random ids in each database: the digests leave out what points to them (Metz).
  it('gives the same network for the same seed, and refuses to write a second one', async () => {
    expect(again.tables).toEqual(summary.tables);
    expect(again.manifest).toEqual(summary.manifest);
    const digest = async (dataSource: DataSource) => {
      const database = createDataSource(urlOf(dataSource), testLog, 1, 'owner');
      await database.initialize();
      try {
        const [row] = await database.query(
          `SELECT (SELECT md5(string_agg(concat_ws('|', slug, name, description, latitude, longitude, theme_codes::text), ',' ORDER BY slug)) FROM partner) AS partners,
                  (SELECT md5(string_agg(concat_ws('|', m.id, m.title, m.starts_at, m.status, m.minutes, m.replaced_by_id), ',' ORDER BY m.id)) FROM meeting m ${fictional('m')}) AS meetings,
                  (SELECT md5(string_agg(concat_ws('|', a.id, a.person_id, a.partner_id, a.status), ',' ORDER BY a.id)) FROM attendance a
                     JOIN meeting m ON m.id = a.meeting_id ${fictional('m')}) AS attendance,
                  (SELECT md5(string_agg(concat_ws('|', c.pseudonym, c.state, c.referred_on, c.party_keys::text), ',' ORDER BY c.pseudonym)) FROM iml_case c ${fictional('c')}) AS cases`,
        );
        return row;
      } finally {
        await database.destroy();
      }
    };
    const [one, two] = [await digest(first.dataSource), await digest(second.dataSource)];
    expect(one.partners).toBeTruthy();
    expect(two).toEqual(one);
    await expect(generateScaleNetwork({ url: urlOf(first.dataSource), size, log: testLog })).rejects.toBeInstanceOf(AlreadyGeneratedError);
  });
});
