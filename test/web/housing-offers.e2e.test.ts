import { randomBytes } from 'node:crypto';
import { Algorithm, hash } from '@node-rs/argon2';
import pg from 'pg';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureDatabase } from '@clsm/api/ensure-database';
import { demoPassword, signInCookie } from '../support/accounts.js';
import { axeViolations, launchBrowser, openHydrated, signInThroughForm } from '../support/browser.js';
import { postGraphql, startHubProcess, type HubProcess } from '../support/hub.js';

// The IML offers and the scheme's figures in a real browser: a landlord referent publishes and
// edits a flat, the operator finds it among the territory's offers, another landlord does not
// see it, and the coordination and a funder read the scheme's figures. The set-up inserts the
// accounts the demo lacks and two cases (dates and states only) so that the figures have
// something to count. The demo data hold offers and an IML cohort of their own: the test finds
// its flat by its own reference, and reads the demo's figures before adding its cases, so that
// what it expects is "the demo's baseline plus what the test added".
let hub: HubProcess;
let browser: Browser;
const contexts: BrowserContext[] = [];
const reference = `MHT-E2E-${randomBytes(3).toString('hex').toUpperCase()}`;
const montigny = '57480';
/** The test's flat, wherever it is listed: its reference is unique. */
const ourFlat = (scope: Page | Locator) => scope.getByRole('article', { name: new RegExp(`réf\\. ${reference}$`) });

/** The scheme's figures before the test adds its two cases. */
let baseline: { referred: number; housedNow: number; reviewsOverdue: number };
/** A state and a flat type for which no flat of Montigny-lès-Metz is offered (the demo's, read in set-up). */
let emptyFilter: { status: string; type: string };

const otherLandlord = 'referent.vilogia@example.org';
const funder = 'financeur.essai@example.org';

/** A calendar day `days` away from today, AAAA-MM-JJ (UTC is close enough for months-old dates). */
const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function insertFixtures(databaseUrl: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => undefined);
  await client.connect();
  try {
    const passwordHash = await hash(demoPassword, { algorithm: Algorithm.Argon2id });
    for (const [email, role, partner, first] of [
      [otherLandlord, 'LANDLORD_REFERENT', 'vilogia', 'Vincent'],
      [funder, 'FUNDER', 'ddcs-moselle', 'Fanny'],
    ]) {
      await client.query(
        `WITH p AS (INSERT INTO person (first_name, last_name) VALUES ($3, 'Essai') RETURNING id),
              u AS (INSERT INTO user_account (email, password_hash, person_id) SELECT $1, $2, p.id FROM p RETURNING id)
         INSERT INTO role_assignment (user_id, territory_id, role, partner_id)
         SELECT u.id, t.id, $4, pa.id FROM u, territory t, partner pa WHERE t.slug = 'clsm-metz' AND pa.slug = $5`,
        [email, passwordHash, first, role, partner],
      );
    }
    // A filter of the territory's list that matches none of the offers already there, nor the
    // test's own (an available T2): the list must then say that nothing matches.
    const { rows: offered } = await client.query(
      `SELECT DISTINCT o.status, o.flat_type FROM housing_offer o JOIN territory t ON t.id = o.territory_id WHERE t.slug = 'clsm-metz' AND o.commune_code = $1`,
      [montigny],
    );
    const taken = new Set([...offered.map((row: { status: string; flat_type: string }) => `${row.status}/${row.flat_type}`), 'AVAILABLE/T2']);
    const free = ['AVAILABLE', 'RESERVED', 'LET', 'WITHDRAWN'].flatMap((status) => ['T1', 'T2', 'T3'].map((type) => ({ status, type }))).find((f) => !taken.has(`${f.status}/${f.type}`));
    if (!free) throw new Error('every state and flat type is offered in Montigny-lès-Metz: no empty filter to try');
    emptyFilter = free;

    // One person housed eight months ago with no review yet (so a review is overdue), one oriented.
    const { rows } = await client.query(
      `SELECT (SELECT id FROM territory WHERE slug = 'clsm-metz') AS territory, (SELECT id FROM partner WHERE slug = 'ch-jury-erah') AS team`,
    );
    const { territory, team } = rows[0] as { territory: string; team: string };
    await client.query(
      `INSERT INTO iml_case (territory_id, pseudonym, state, party_keys, referring_team_id, referred_on, lease_starts_on, sublease_starts_on)
       VALUES ($1, 'E2E-LOGE', 'SUPPORTED', $2, $3, $4, $5, $5),
              ($1, 'E2E-ORIENTE', 'ORIENTED', $2, $3, $6, NULL, NULL)`,
      [territory, [`COORDINATION:${territory}`], team, dayFromToday(-330), dayFromToday(-240), dayFromToday(-30)],
    );
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const databaseUrl = await ensureDatabase(inject('adminDatabaseUrl'), `clsm_e2e_${randomBytes(6).toString('hex')}`);
  [hub, browser] = await Promise.all([startHubProcess({ DATABASE_URL: databaseUrl, DEMO_DATA: 'true', NODE_ENV: 'development' }), launchBrowser()]);
  baseline = await schemeFigures();
  await insertFixtures(databaseUrl);
});

/** The scheme's figures as the API gives them to the coordination. */
async function schemeFigures() {
  const cookie = await signInCookie(hub.url, 'coordination@example.org');
  const { json } = await postGraphql(hub.url, { query: '{ imlSchemeFigures(territory: "clsm-metz") { referred housedNow reviewsOverdue } }' }, { cookie });
  expect(json?.errors).toBeUndefined();
  return json!.data!.imlSchemeFigures as { referred: number; housedNow: number; reviewsOverdue: number };
}

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
  await browser?.close();
  await hub?.stop();
});

async function signedIn(email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', viewport });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await signInThroughForm(page, hub.url, email);
  return page;
}

const offersUrl = () => `${hub.url}/logement/logements`;
const figuresUrl = () => `${hub.url}/logement/dispositif`;
const mainText = (page: Page) => page.locator('main').innerText();
const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('IML offers', () => {
  let landlord: Page;

  it('a landlord referent publishes a flat through the form and finds it among its offers', async () => {
    landlord = await signedIn('referent.bailleur@example.org');
    expect(await landlord.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Logement' }).getAttribute('href')).toBe('/logement');
    await openHydrated(landlord, offersUrl());
    const mine = landlord.getByRole('region', { name: /Mes logements/ });
    await mine.waitFor();
    // The demo may already list flats of this landlord: the test's is one more, and not there yet.
    const ownBefore = await mine.getByRole('article').count();
    expect(await ourFlat(mine).count()).toBe(0);

    const publish = landlord.getByRole('region', { name: 'Proposer un logement' });
    await publish.getByLabel('Référence du logement').fill(reference);
    await publish.getByLabel('Type de logement').selectOption('T2');
    await publish.getByLabel('Commune').selectOption({ label: 'Montigny-lès-Metz' });
    await publish.getByLabel('Quartier').fill('Centre');
    await publish.getByLabel('Étage').fill('2');
    await publish.getByLabel('Disponible à partir du').fill('2027-01-15');
    await publish.getByLabel('Loyer mensuel').fill('trois cents');
    await publish.getByLabel('Charges mensuelles').fill('60');
    await publish.getByLabel('Proche des transports').check();
    await publish.getByRole('button', { name: 'Proposer le logement' }).click();
    // Refused with a French message beside the form, which keeps what was typed.
    await publish.getByRole('alert').getByText('Indiquez le loyer mensuel en euros').waitFor();
    expect(await publish.getByLabel('Référence du logement').inputValue()).toBe(reference);
    expect(await publish.getByLabel('Proche des transports').isChecked()).toBe(true);
    await publish.getByLabel('Loyer mensuel').fill('350,50');
    await publish.getByRole('button', { name: 'Proposer le logement' }).click();
    await publish.getByText(`Le logement « ${reference} » est proposé aux partenaires du dispositif.`).waitFor();

    const card = ourFlat(mine);
    expect(await card.locator('h3').innerText()).toMatch(/^T2 à Montigny-lès-Metz, Centre/);
    expect(await mine.getByRole('article').count()).toBe(ownBefore + 1);
    const text = (await card.innerText()).replace(/\s/g, ' ');
    expect(text).toContain('2e étage');
    expect(text).toContain('350,50 € + 60 € de charges (410,50 € par mois)');
    expect(text).toContain('15 janvier 2027');
    expect(text).toContain('Proche des transports');
    expect(text).toContain('Disponible');
    // The form is empty again, ready for the next flat.
    expect(await publish.getByLabel('Référence du logement').inputValue()).toBe('');
  });

  it('edits it, and an edit made on an older version is refused and shows the current one', async () => {
    // A second tab opened before the edit: it still holds version 1.
    const stale = await landlord.context().newPage();
    await openHydrated(stale, offersUrl());

    const card = ourFlat(landlord);
    await card.getByText('Modifier le logement').click();
    await card.getByLabel('Loyer mensuel').fill('340');
    await card.getByLabel('Accessible').check();
    await card.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await card.getByText(`Le logement « ${reference} » a été enregistré.`).waitFor();
    await card.getByText('340 € + 60 € de charges').waitFor();
    expect(await card.innerText()).toContain('Accessible (ascenseur ou plain-pied)');

    const staleCard = ourFlat(stale);
    await staleCard.getByText('Modifier le logement').click();
    await staleCard.getByLabel('Charges mensuelles').fill('75');
    await staleCard.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await staleCard.getByRole('alert').getByText(/modifié entre-temps/).waitFor();
    // Reloaded: the form now shows the rent saved by the first tab, and nothing of the refused edit.
    expect(await staleCard.getByLabel('Loyer mensuel').inputValue()).toBe('340');
    expect(await staleCard.getByLabel('Charges mensuelles').inputValue()).toBe('60');
    await stale.close();
  });

  it('the operator finds it among the territory’s offers and filters them', async () => {
    const operator = await signedIn('operateur.amli@example.org');
    await openHydrated(operator, offersUrl());
    const list = operator.getByRole('region', { name: 'Logements du territoire' });
    const card = ourFlat(list);
    expect(await card.locator('h3').innerText()).toMatch(/^T2 à Montigny-lès-Metz, Centre/);
    expect(await card.innerText()).toContain('Metz Habitat Territoire');
    // Read-only: no form to edit or withdraw another landlord's flat.
    expect(await operator.getByRole('button', { name: /Retirer|Enregistrer|Proposer/ }).count()).toBe(0);
    expect(await list.getByText(/Modifier le logement|Retirer ce logement/).count()).toBe(0);

    await list.getByLabel('Commune').selectOption({ label: 'Montigny-lès-Metz' });
    await list.getByLabel('Type').selectOption('T2');
    await list.getByRole('button', { name: 'Filtrer' }).click();
    await operator.waitForURL(/commune=57480/);
    await ourFlat(list).waitFor();
    // Only T2 flats of Montigny-lès-Metz are left, the demo's among them.
    const filteredNames = await list.getByRole('article').locator('h3').allInnerTexts();
    expect(filteredNames.length).toBeGreaterThan(0);
    for (const name of filteredNames) expect(name).toMatch(/^T2 à Montigny-lès-Metz\b/);

    await list.getByLabel('Type').selectOption('T1');
    await list.getByRole('button', { name: 'Filtrer' }).click();
    await operator.waitForURL(/type=T1/);
    await list.getByText(/T2 à Montigny-lès-Metz/).first().waitFor({ state: 'detached' });
    expect(await ourFlat(list).count()).toBe(0);
    for (const name of await list.getByRole('article').locator('h3').allInnerTexts()) expect(name).toMatch(/^T1 à Montigny-lès-Metz\b/);

    // A filter that no flat matches (chosen in set-up from what is offered) says so.
    await list.getByLabel('État').selectOption(emptyFilter.status);
    await list.getByLabel('Type').selectOption(emptyFilter.type);
    await list.getByRole('button', { name: 'Filtrer' }).click();
    await operator.waitForURL(new RegExp(`statut=${emptyFilter.status}.*type=${emptyFilter.type}`));
    await list.getByText('Aucun logement ne correspond à ces critères.').waitFor();
    expect(await list.getByRole('article').count()).toBe(0);

    await openHydrated(operator, offersUrl());
    expect(await axeViolations(operator)).toEqual([]);
  });

  it('another landlord does not see it', async () => {
    const other = await signedIn(otherLandlord);
    await openHydrated(other, offersUrl());
    await other.getByRole('region', { name: /Mes logements/ }).waitFor();
    expect(await ourFlat(other).count()).toBe(0);
    expect(await mainText(other)).not.toContain(reference);
    expect(await mainText(other)).not.toContain('Montigny-lès-Metz, Centre');
    expect(await other.getByRole('region', { name: 'Logements du territoire' }).count()).toBe(0);
  });

  it('the landlord withdraws it, and the page passes axe and fits a 360 px phone', async () => {
    const card = ourFlat(landlord);
    await card.getByText('Retirer ce logement').click();
    await card.getByRole('button', { name: /Confirmer le retrait/ }).click();
    await card.getByText(`Le logement « ${reference} » a été retiré.`).waitFor();
    expect(await card.locator('.badge').innerText()).toBe('Retiré');
    // Withdrawn: neither edited nor withdrawn again.
    expect(await card.getByText(/Retirer ce logement|Modifier le logement/).count()).toBe(0);
    expect(await axeViolations(landlord)).toEqual([]);

    const phone = await signedIn('referent.bailleur@example.org', { width: 360, height: 740 });
    await openHydrated(phone, offersUrl());
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0);
  });
});

describe('the IML scheme’s figures', () => {
  it('the coordination sees the overdue review on its dashboard, then the figures and the funding table', async () => {
    const coordinator = await signedIn('coordination@example.org');
    await openHydrated(coordinator, `${hub.url}/tableau-de-bord`);
    const block = coordinator.getByRole('region', { name: 'Logement accompagné (IML)' });
    // The demo cohort has overdue reviews of its own: the test's housed person adds one.
    const overdue = baseline.reviewsOverdue + 1;
    await block.getByText(`${overdue} évaluation${overdue > 1 ? 's' : ''} partagée${overdue > 1 ? 's' : ''} en retard`, { exact: true }).waitFor();
    expect(await axeViolations(coordinator)).toEqual([]);
    await block.getByRole('link', { name: 'Chiffres du dispositif' }).click();
    await coordinator.waitForURL('**/logement/dispositif');

    const keyFigures = coordinator.getByRole('region', { name: 'L’essentiel' });
    const figure = (name: string) => keyFigures.locator('div', { has: coordinator.getByText(name, { exact: true }) }).locator('dd');
    const number = (value: number) => new Intl.NumberFormat('fr-FR').format(value);
    expect(await figure('Personnes orientées').innerText()).toBe(number(baseline.referred + 2));
    expect(await figure('Personnes logées aujourd’hui').innerText()).toBe(number(baseline.housedNow + 1));
    expect(await figure('Évaluations partagées en retard').innerText()).toBe(number(overdue));
    expect(await figure('Places du dispositif (objectif)').innerText()).toBe('20');

    const funding = coordinator.getByRole('table', { name: 'Financement du dispositif par année, en euros' });
    const thisYear = String(new Date().getFullYear());
    const row = funding.getByRole('row', { name: new RegExp(`^${thisYear}`) });
    const cells = await row.getByRole('cell').allInnerTexts();
    // IML per flat, lease days, AMI per person, sublease days, AMI doubled, total, total doubled.
    expect(cells).toHaveLength(7);
    expect(cells[1]).toMatch(/jours$/);
    const euros = (text: string) => Number(text.replace(/[^\d,]/g, '').replace(',', '.'));
    expect(euros(cells[4])).toBeCloseTo(2 * euros(cells[2]), 1);
    expect(euros(cells[5])).toBeCloseTo(euros(cells[0]) + euros(cells[2]), 1);
    await coordinator.getByRole('figure', { name: 'Total par année', exact: true }).waitFor();
    // Figures only: no case is named.
    expect(await mainText(coordinator)).not.toContain('E2E-LOGE');
    expect(await axeViolations(coordinator)).toEqual([]);

    const phone = await signedIn('coordination@example.org', { width: 360, height: 740 });
    for (const path of ['/logement/dispositif', '/tableau-de-bord', '/mon-espace']) {
      await openHydrated(phone, `${hub.url}${path}`);
      expect(await horizontalOverflow(phone), path).toBeLessThanOrEqual(0);
    }
  });

  it('a funder reaches the figures from the navigation, and not the offers', async () => {
    const page = await signedIn(funder);
    const link = page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Logement' });
    expect(await link.getAttribute('href')).toBe('/logement/dispositif');
    await link.click();
    await page.waitForURL('**/logement/dispositif');
    await page.getByRole('table', { name: 'Financement du dispositif par année, en euros' }).waitFor();
    await openHydrated(page, offersUrl());
    expect(await mainText(page)).toContain('Cette page est réservée aux référents des bailleurs sociaux');
  });

  it('a member of another partner gets an explanation and no housing link', async () => {
    const page = await signedIn('membre.gem@example.org');
    expect(await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Logement' }).count()).toBe(0);
    await openHydrated(page, figuresUrl());
    expect(await mainText(page)).toContain('sont réservés à ses partenaires');
    expect(await page.getByRole('table').count()).toBe(0);
  });
});
