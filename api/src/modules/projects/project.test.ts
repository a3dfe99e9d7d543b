import { describe, expect, it } from 'vitest';
import { openSubscription } from '../../auth/actors.test-helpers.js';
import { demoPassword } from '../../demo/accounts.data.js';
import { useAccountsServer } from '../accounts/account.test-helpers.js';

const env = useAccountsServer();

const projectFields = `id slug version startYear endYear statusLabel viewerCanEdit
  leadPartner { slug } partners { slug } convention { slug } groups { slug }
  fundingLines { id funderName funderPartner { slug } basis unitLabel amount units fromYear toYear note yearlyAmount total }
  funding { total byYear { year amount } byFunder { funder amount } }
  indicators { id name unit values { year target value } }`;

interface ProjectView {
  id: string;
  slug: string;
  version: number;
  startYear: number | null;
  endYear: number | null;
  statusLabel: string;
  viewerCanEdit: boolean;
  leadPartner: { slug: string } | null;
  partners: Array<{ slug: string }>;
  convention: { slug: string } | null;
  groups: Array<{ slug: string }>;
  fundingLines: Array<{ id: string; funderName: string; funderPartner: { slug: string } | null; basis: string; amount: number; units: number; fromYear: number; toYear: number; note: string | null; yearlyAmount: number | null; total: number }>;
  funding: { total: number; byYear: Array<{ year: number; amount: number }>; byFunder: Array<{ funder: string; amount: number }> };
  indicators: Array<{ id: string; name: string; unit: string | null; values: Array<{ year: number; target: number | null; value: number | null }> }>;
}

const addLine = `mutation($p: ID!, $i: FundingLineInput!) { addFundingLine(projectId: $p, input: $i) { ${projectFields} } }`;
const updateProject = `mutation($p: ID!, $v: Int!, $i: ProjectInput!) { updateProject(projectId: $p, version: $v, input: $i) { ${projectFields} } }`;

const coordinator = () => env.server.signIn('coordination@example.org', demoPassword);
const partnerId = async (slug: string): Promise<string> => (await env.database.dataSource.query(`SELECT id FROM partner WHERE slug = $1`, [slug]))[0].id;

async function read(slug: string, cookie?: string): Promise<ProjectView> {
  const result = await env.server.graphql<{ project: ProjectView }>(`query($s: String!) { project(slug: $s) { ${projectFields} } }`, { s: slug }, cookie);
  expect(result.errors).toBeUndefined();
  return result.data!.project;
}

/** A bare project of the Metz territory, new for each test. */
async function freshProject(): Promise<ProjectView> {
  const slug = `essai-${Math.random().toString(36).slice(2, 10)}`;
  await env.database.dataSource.query(
    `INSERT INTO project (territory_id, slug, name, status) SELECT id, $1, 'Projet d’essai', 'ACTIVE' FROM territory WHERE slug = 'clsm-metz'`,
    [slug],
  );
  return read(slug);
}

async function fund(projectId: string, input: Record<string, unknown>, cookie: string): Promise<ProjectView> {
  const result = await env.server.graphql<{ addFundingLine: ProjectView }>(addLine, { p: projectId, i: input }, cookie);
  expect(result.errors).toBeUndefined();
  return result.data!.addFundingLine;
}

const ddcs = async (units: number, fromYear: number, toYear: number) => ({
  funderPartnerId: await partnerId('ddcs-moselle'),
  basis: 'PER_UNIT_PER_YEAR',
  unitLabel: 'logement',
  amount: 5000,
  units,
  fromYear,
  toYear,
});
const ami = async (units: number, fromYear: number, toYear: number) => ({
  funderPartnerId: await partnerId('metz-metropole'),
  funderName: 'AMI Logement d’abord (Metz Métropole et DIHAL)',
  basis: 'PER_UNIT_PER_YEAR',
  unitLabel: 'personne',
  amount: 1400,
  units,
  fromYear,
  toYear,
  note: 'peut être doublé',
});

describe('the IML funding: 20 flats over two years at the IML rates', () => {
  it('(a) 20 flats housed for two full years: 20×2×5,000 + 20×2×1,400 = 256,000 €', async () => {
    const cookie = await coordinator();
    const project = await freshProject();
    await fund(project.id, await ddcs(20, 2019, 2020), cookie);
    const funded = await fund(project.id, await ami(20, 2019, 2020), cookie);
    expect(funded.fundingLines.map((line) => [line.yearlyAmount, line.total])).toEqual([
      [100_000, 200_000],
      [28_000, 56_000],
    ]);
    expect(funded.funding.total).toBe(256_000);
    expect(funded.funding.byYear).toEqual([
      { year: 2019, amount: 128_000 },
      { year: 2020, amount: 128_000 },
    ]);
    expect(funded.funding.byFunder).toEqual([
      { funder: 'DDCS', amount: 200_000 },
      { funder: 'AMI Logement d’abord (Metz Métropole et DIHAL)', amount: 56_000 },
    ]);
  });

  it('(b) at the documents’ pace, 10 new flats a year (10, then 20): 150,000 + 42,000 = 192,000 €', async () => {
    const cookie = await coordinator();
    const project = await freshProject();
    for (const [units, year] of [[10, 2019], [20, 2020]]) {
      await fund(project.id, await ddcs(units, year, year), cookie);
      await fund(project.id, await ami(units, year, year), cookie);
    }
    const funded = await read(project.slug);
    expect(funded.funding.total).toBe(192_000);
    expect(funded.funding.byFunder.map((f) => f.amount)).toEqual([150_000, 42_000]);
    expect(funded.funding.byYear).toEqual([
      { year: 2019, amount: 64_000 },
      { year: 2020, amount: 128_000 },
    ]);
  });

  it('is what the demo IML project holds, read anonymously', async () => {
    const iml = await read('iml');
    expect(iml.funding.total).toBe(192_000);
    expect(iml.fundingLines).toHaveLength(4);
    expect(iml.fundingLines[1]).toMatchObject({ funderPartner: { slug: 'metz-metropole' }, amount: 1400, note: 'peut être doublé' });
    expect(iml.viewerCanEdit).toBe(false);
  });
});

describe('funding lines', () => {
  it('count a one-off payment once and a yearly lump sum each year', async () => {
    const cookie = await coordinator();
    const project = await freshProject();
    await fund(project.id, { funderName: 'Fondation (essai)', basis: 'ONE_OFF', amount: 3000, fromYear: 2021 }, cookie);
    const funded = await fund(project.id, { funderName: 'Ville (essai)', basis: 'PER_YEAR', amount: 1200.5, fromYear: 2020, toYear: 2022 }, cookie);
    expect(funded.fundingLines.map((l) => [l.basis, l.yearlyAmount, l.total, l.toYear])).toEqual([
      ['ONE_OFF', null, 3000, 2021],
      ['PER_YEAR', 1200.5, 3601.5, 2022],
    ]);
    expect(funded.funding.total).toBe(6601.5);
  });

  it.each([
    [{ fromYear: 2020, toYear: 2019 }, 'toYear', 'L’année de fin ne peut pas précéder l’année de début.'],
    [{ amount: -5 }, 'amount', 'Le montant ne peut pas être négatif.'],
    [{ units: 0 }, 'units', 'Le nombre d’unités par an doit être d’au moins 1.'],
    [{ fromYear: 19 }, 'fromYear', '« Année de début » doit être une année entre 1990 et 2100.'],
    [{ basis: 'ONE_OFF', units: 1, toYear: 2021 }, 'toYear', 'Un versement unique porte sur une seule année.'],
    [{ funderPartnerId: null, funderName: '  ' }, 'funderName', 'Indiquez le financeur : une structure de l’annuaire ou un nom.'],
  ])('rejects %o with a French message on its field', async (change, field, message) => {
    const cookie = await coordinator();
    const project = await freshProject();
    const result = await env.server.graphql(addLine, { p: project.id, i: { ...(await ddcs(20, 2020, 2020)), ...change } }, cookie);
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    expect((await read(project.slug)).fundingLines).toEqual([]);
  });

  it('are updated and removed by the coordinator only', async () => {
    const cookie = await coordinator();
    const project = await freshProject();
    const [line] = (await fund(project.id, await ddcs(10, 2019, 2019), cookie)).fundingLines;
    const update = `mutation($l: ID!, $i: FundingLineInput!) { updateFundingLine(lineId: $l, input: $i) { funding { total } } }`;
    const landlord = await env.server.signIn('referent.bailleur@example.org', demoPassword);
    expect((await env.server.graphql(update, { l: line.id, i: await ddcs(12, 2019, 2019) }, landlord)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const updated = await env.server.graphql<{ updateFundingLine: { funding: { total: number } } }>(update, { l: line.id, i: await ddcs(12, 2019, 2019) }, cookie);
    expect(updated.data!.updateFundingLine.funding.total).toBe(60_000);
    const removed = await env.server.graphql<{ removeFundingLine: { funding: { total: number } } }>(
      `mutation($l: ID!) { removeFundingLine(lineId: $l) { funding { total } } }`,
      { l: line.id },
      cookie,
    );
    expect(removed.data!.removeFundingLine.funding.total).toBe(0);
  });
});

describe('project editing', () => {
  it('changes the fields, with the version read, and refuses a stale version', async () => {
    const cookie = await coordinator();
    const project = await freshProject();
    const [{ id: conventionId }] = await env.database.dataSource.query(`SELECT id FROM convention WHERE slug = 'convention-cadre-2018'`);
    const input = { name: 'Projet d’essai', description: 'Décrit.', status: 'UNDER_STUDY', leadPartnerId: await partnerId('amli'), conventionId, startYear: 2021, endYear: 2023 };
    const first = await env.server.graphql<{ updateProject: ProjectView }>(updateProject, { p: project.id, v: project.version, i: input }, cookie);
    expect(first.errors).toBeUndefined();
    expect(first.data!.updateProject).toMatchObject({ version: project.version + 1, statusLabel: 'À l’étude', leadPartner: { slug: 'amli' }, convention: { slug: 'convention-cadre-2018' }, startYear: 2021, endYear: 2023 });
    const stale = await env.server.graphql(updateProject, { p: project.id, v: project.version, i: { ...input, description: 'Autre.' } }, cookie);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses years in the wrong order and an empty name, in French', async () => {
    const cookie = await coordinator();
    const project = await freshProject();
    const years = await env.server.graphql(updateProject, { p: project.id, v: 1, i: { name: 'X', status: 'ACTIVE', startYear: 2022, endYear: 2020 } }, cookie);
    expect(years.errors?.[0]).toMatchObject({ message: 'L’année de fin ne peut pas précéder l’année de début.', extensions: { field: 'endYear' } });
    const name = await env.server.graphql(updateProject, { p: project.id, v: 1, i: { name: ' ', status: 'ACTIVE' } }, cookie);
    expect(name.errors?.[0]).toMatchObject({ message: '« Nom » est obligatoire.', extensions: { field: 'name' } });
  });

  it('is the coordinator’s only', async () => {
    const project = await freshProject();
    const admin = await env.server.signIn('admin.unafam@example.org', demoPassword);
    const result = await env.server.graphql(updateProject, { p: project.id, v: 1, i: { name: 'Pris', status: 'ACTIVE' } }, admin);
    expect(result.errors?.[0]).toMatchObject({ message: 'Réservé à la coordination du CLSM.', extensions: { code: 'FORBIDDEN' } });
    const anonymous = await env.server.graphql(updateProject, { p: project.id, v: 1, i: { name: 'Pris', status: 'ACTIVE' } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('adds and removes partner organisations', async () => {
    const cookie = await coordinator();
    const project = await freshProject();
    const set = `mutation($p: ID!, $o: ID!, $on: Boolean!) { setProjectPartner(projectId: $p, partnerId: $o, present: $on) { partners { slug } } }`;
    const unafam = await partnerId('unafam-moselle');
    for (let n = 0; n < 2; n += 1) await env.server.graphql(set, { p: project.id, o: unafam, on: true }, cookie);
    expect((await read(project.slug)).partners).toEqual([{ slug: 'unafam-moselle' }]);
    const removed = await env.server.graphql<{ setProjectPartner: { partners: unknown[] } }>(set, { p: project.id, o: unafam, on: false }, cookie);
    expect(removed.data!.setProjectPartner.partners).toEqual([]);
    const iml = await read('iml');
    const lead = await env.server.graphql(set, { p: iml.id, o: await partnerId('ch-jury'), on: true }, cookie);
    expect(lead.errors?.[0]).toMatchObject({ message: 'Cette structure porte déjà le projet.', extensions: { field: 'partnerId' } });
  });
});

describe('indicators', () => {
  it('keep a target and a value per year, and lose a year when both are emptied', async () => {
    const cookie = await coordinator();
    const project = await freshProject();
    const added = await env.server.graphql<{ addIndicator: ProjectView }>(
      `mutation($p: ID!) { addIndicator(projectId: $p, name: "Participants", unit: "personnes") { ${projectFields} } }`,
      { p: project.id },
      cookie,
    );
    const [indicator] = added.data!.addIndicator.indicators;
    const set = `mutation($i: ID!, $y: Int!, $t: Float, $v: Float) { setIndicatorValue(indicatorId: $i, year: $y, target: $t, value: $v) { indicators { name values { year target value } } } }`;
    await env.server.graphql(set, { i: indicator.id, y: 2019, t: null, v: 102 }, cookie);
    await env.server.graphql(set, { i: indicator.id, y: 2020, t: 204, v: null }, cookie);
    await env.server.graphql(set, { i: indicator.id, y: 2021, t: 300, v: null }, cookie);
    await env.server.graphql(set, { i: indicator.id, y: 2021, t: null, v: null }, cookie);
    const negative = await env.server.graphql(set, { i: indicator.id, y: 2020, t: -1, v: null }, cookie);
    expect(negative.errors?.[0]).toMatchObject({ message: 'La cible doit être un nombre positif ou nul.', extensions: { field: 'target' } });
    await env.server.graphql(`mutation($i: ID!) { renameIndicator(indicatorId: $i, name: "Professionnels formés", unit: null) { id } }`, { i: indicator.id }, cookie);
    expect((await read(project.slug)).indicators).toEqual([
      { id: indicator.id, name: 'Professionnels formés', unit: null, values: [{ year: 2019, target: null, value: 102 }, { year: 2020, target: 204, value: null }] },
    ]);
    await env.server.graphql(`mutation($i: ID!) { removeIndicator(indicatorId: $i) { id } }`, { i: indicator.id }, cookie);
    expect((await read(project.slug)).indicators).toEqual([]);
  });
});

describe('the demo projects', () => {
  it('hold the partners, conventions, years and results of the documents', async () => {
    const iml = await read('iml');
    expect(iml).toMatchObject({ startYear: 2018, leadPartner: { slug: 'ch-jury' }, convention: { slug: 'convention-cadre-2018' } });
    expect(iml.partners.map((p) => p.slug)).toEqual(expect.arrayContaining(['amli', 'ddcs-moselle', 'metz-metropole', 'arelor-hlm', 'batigere']));
    expect(iml.indicators.map((i) => [i.name, i.values])).toContainEqual(['Personnes logées', [{ year: 2019, target: null, value: 11 }, { year: 2020, target: 9, value: null }]]);

    const tenants = await read('soutien-aux-locataires');
    expect(tenants).toMatchObject({ convention: { slug: 'convention-cmp-bailleurs-2019' }, startYear: 2020 });

    const training = await read('sensibilisation-sante-mentale');
    expect(training.indicators.map((i) => [i.name, i.values])).toEqual([
      ['Sessions', [{ year: 2019, target: null, value: 5 }, { year: 2020, target: 10, value: null }]],
      ['Participants', [{ year: 2019, target: null, value: 102 }, { year: 2020, target: 204, value: null }]],
    ]);

    const sism = await read('sism');
    const values = Object.fromEntries(sism.indicators.map((i) => [i.name, i.values.map((v) => [v.year, v.value])]));
    expect(values).toMatchObject({ Participants: [[2019, 250]], Événements: [[2019, 9], [2020, 11]] });
    expect(sism.partners.map((p) => p.slug)).toEqual(expect.arrayContaining(['gem-camille-claudel', 'gem-l-albatros']));
  });

  it('shows the coordinator that it may edit', async () => {
    expect((await read('iml', await coordinator())).viewerCanEdit).toBe(true);
  });
});

describe('live updates', () => {
  it('tell a signed-in subscriber of the project page that a figure changed', async () => {
    // The test server's event bus listens only once started; this file's other tests do not need it.
    await env.server.deps.events.start();
    const cookie = await coordinator();
    const project = await freshProject();
    const [{ id: indicatorId }] = await env.database.dataSource.query(
      `INSERT INTO project_indicator (project_id, name, position) VALUES ($1, 'Participants', 0) RETURNING id`,
      [project.id],
    );
    const reader = await env.server.signIn('membre.gem@example.org', demoPassword);
    const subscription = openSubscription(env.server.url, 'subscription($s: String!) { projectChanged(slug: $s) { slug indicators { values { value } } } }', { s: project.slug }, reader);
    try {
      // Setting the same figure again is harmless: the nudge repeats until the subscription is live.
      const set = () => env.server.graphql(`mutation($i: ID!) { setIndicatorValue(indicatorId: $i, year: 2020, target: null, value: 42) { id } }`, { i: indicatorId }, cookie);
      const message = await subscription.next({ nudge: set });
      expect(message.data).toEqual({ projectChanged: { slug: project.slug, indicators: [{ values: [{ value: 42 }] }] } });
    } finally {
      await subscription.close();
      await env.server.deps.events.close();
    }
  });
});
