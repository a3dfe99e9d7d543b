import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPartnerAccount, signInCookie } from '../support/accounts.js';
import { axeViolations, openHydrated, signInThroughForm } from '../support/browser.js';
import { useHub } from '../support/fixtures.js';
import { postGraphql } from '../support/hub.js';

// An IML case in a real browser, each step by the party it belongs to: the care team refers a
// person, the coordination registers and orients, the operator searches and presents, the
// landlord's commission accepts, the lease is signed and a joint review held. Another
// landlord's referent sees none of it. Fictional person.
const fixture = useHub({ browser: true, demoAccounts: true });
const newPage = () => fixture.newPage({ timeout: 15_000 });
const url = (path: string) => `${fixture.hub.url}${path}`;

const parisDay = (offsetDays = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() + offsetDays * 86_400_000));
/** `day` plus `months` months, on a day every month has. */
function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1 + months, Math.min(date, 28))).toISOString().slice(0, 10);
}
const offerReference = `MHT-E2E-${Math.random().toString(36).slice(2, 7).toUpperCase()}`;
const otherLandlord = 'referent.vilogia@example.org';
/** The case's landlord as the consent form lists it, with its flats available (the demo's and the test's), read in set-up. */
let landlordChoice = '';

let care: Page;
let coordination: Page;
let operator: Page;
let landlord: Page;
let caseUrl = '';
let pseudonym = '';
let documentUrl = '';
const subleaseStart = parisDay(-40);

/** The form of the case page whose heading is `title`. */
const form = (page: Page, title: string): Locator => page.locator('form').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
const stateBadge = (page: Page) => page.locator('header .badge.state');
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
/** Waits until the page shows the case at `state` (after the reload that follows a move). */
const stateIs = (page: Page, state: string) => stateBadge(page).filter({ hasText: exactly(state) }).waitFor();

async function openCase(page: Page) {
  await openHydrated(page, caseUrl);
  await page.getByRole('heading', { level: 1, name: `Dossier ${pseudonym}` }).waitFor();
}

async function move(page: Page, title: string, expected: string, fill?: (form: Locator) => Promise<void>) {
  await openCase(page);
  const moveForm = form(page, title);
  await fill?.(moveForm);
  await moveForm.getByRole('button', { name: title }).click();
  await page.getByRole('region', { name: 'Étapes suivantes' }).getByText('L’étape est enregistrée.').waitFor();
  await stateIs(page, expected);
}

async function recordConsent(page: Page, title: string, party: string, scope: string) {
  await openCase(page);
  const consentForm = form(page, title);
  await consentForm.getByLabel('Structure').selectOption({ label: party });
  await consentForm.getByLabel('Ce que la personne accepte de partager').fill(scope);
  await consentForm.getByRole('button', { name: 'Enregistrer le consentement' }).click();
  // The form goes once no other party of its kind is left: the answer shows above it.
  await page.getByRole('region', { name: 'Consentements' }).getByText('Le consentement est enregistré.').waitFor();
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

beforeAll(async () => {
  await createPartnerAccount(fixture.hub.databaseUrl!, { email: otherLandlord, role: 'LANDLORD_REFERENT', partnerSlug: 'vilogia', firstName: 'Victor', lastName: 'Ailleurs' });
  // The landlord publishes a flat through the API (the offers page is another feature).
  const cookie = await signInCookie(fixture.hub.url, 'referent.bailleur@example.org');
  const landlordId = await postGraphql(fixture.hub.url, { query: '{ partner(slug: "metz-habitat-territoire") { id } }' }, { cookie });
  const published = await postGraphql(
    fixture.hub.url,
    {
      query: `mutation($l: ID!, $i: HousingOfferInput!) { publishHousingOffer(territory: "clsm-metz", landlordId: $l, input: $i) { id } }`,
      variables: {
        l: (landlordId.json?.data?.partner as { id: string }).id,
        i: { reference: offerReference, flatType: 'T1', communeCode: '57463', district: 'Sablon', floor: 2, rent: 320, charges: 60, nearServices: true, nearTransport: true, availableOn: parisDay(-30) },
      },
    },
    { cookie },
  );
  expect(published.json?.errors).toBeUndefined();
  // The consent form names each landlord with its count of available flats: the demo offers
  // some of this landlord's besides the test's.
  const available = await postGraphql(fixture.hub.url, { query: '{ housingOffers(territory: "clsm-metz", statuses: [AVAILABLE]) { reference } }' }, { cookie });
  const references = (available.json?.data?.housingOffers as Array<{ reference: string }>).map((offer) => offer.reference);
  expect(references).toContain(offerReference);
  const s = references.length > 1 ? 's' : '';
  landlordChoice = `MHT – Metz Habitat Territoire (${references.length} logement${s} disponible${s})`;
  [care, coordination, operator, landlord] = await Promise.all([newPage(), newPage(), newPage(), newPage()]);
  await Promise.all([
    signInThroughForm(care, fixture.hub.url, 'soins.erah@example.org'),
    signInThroughForm(coordination, fixture.hub.url, 'coordination@example.org'),
    signInThroughForm(operator, fixture.hub.url, 'operateur.amli@example.org'),
    signInThroughForm(landlord, fixture.hub.url, 'referent.bailleur@example.org'),
  ]);
});

describe('an IML case through the pathway, in the browser', () => {
  it('is referred by the care team through the "Un toit" form, with the refusal shown beside its field', async () => {
    await openHydrated(care, url('/logement'));
    await care.getByRole('link', { name: 'Nouvelle orientation' }).click();
    await care.waitForURL('**/logement/orientation');
    await care.getByRole('heading', { level: 1, name: 'Orienter une personne vers l’IML' }).waitFor();
    await care.waitForLoadState('networkidle');
    expect(await axeViolations(care)).toEqual([]);
    expect(await care.getByText('quatre critères sont cumulatifs').count()).toBe(1);
    // The communes the scheme aims at are proposed first.
    expect(await care.getByLabel('1er choix').inputValue()).toBe('57463');
    expect(await care.getByLabel('3e choix').locator('option:checked').innerText()).toBe('Marly');

    await care.getByLabel('Nom', { exact: true }).fill('Essai-Navigateur');
    await care.getByLabel('Prénom').fill('Prénom-Fictif');
    const criteria = care.getByRole('group', { name: /Grille « Un toit »/ });
    const answers: Array<[RegExp, string]> = [
      [/handicap ou de déficience psychique/, 'Reconnaissance MDPH (fictif)'],
      [/suivi par le CH de Jury/, 'Suivi ERAH (fictif)'],
      [/accès au logement autonome/, 'Hébergé chez un tiers (fictif)'],
      [/solvable/, ''],
    ];
    for (const [criterion, justification] of answers) {
      const group = criteria.getByRole('group', { name: criterion });
      await group.getByLabel('Oui').check();
      if (justification) await group.getByLabel('Justification').fill(justification);
    }
    await care.getByLabel('Ressources mensuelles').fill('971');
    await care.getByLabel('Aide au logement attendue').fill('250');
    await care.getByLabel('Projet d’accompagnement').fill('Visites à domicile hebdomadaires (fictif)');
    await care.getByLabel('Notes cliniques').fill('Note clinique fictive');
    await care.getByLabel('Date du recueil').fill(parisDay(-2));
    await care.getByLabel('Ce que la personne accepte de partager').fill('Parcours et besoin de logement');
    await care.getByRole('button', { name: 'Proposer la candidature' }).click();

    // The API refuses a criterion met without justification: the message sits beside it.
    const solvent = criteria.getByRole('group', { name: /solvable/ });
    await solvent.getByText('Justifiez le critère « Être solvable dans la perspective d’un logement autonome ».').waitFor();
    expect(await solvent.getByLabel('Justification').getAttribute('aria-invalid')).toBe('true');
    expect(await care.getByLabel('Nom', { exact: true }).inputValue()).toBe('Essai-Navigateur');
    await solvent.getByLabel('Justification').fill('AAH (fictif)');
    await care.getByRole('button', { name: 'Proposer la candidature' }).click();

    await care.waitForURL(/\/logement\/[0-9a-f-]{36}\?orientee$/);
    caseUrl = care.url().replace(/\?.*$/, '');
    pseudonym = (await care.getByRole('heading', { level: 1 }).innerText()).replace('Dossier ', '');
    expect(pseudonym).toMatch(/^IML-[0-9A-F]{8}$/);
    await care.getByText('La candidature a été proposée').waitFor();
    await stateIs(care, 'Proposée');
    // The care team reads the identity and its clinical notes; "null" is never shown.
    const main = await care.locator('main').innerText();
    expect(main).toContain('Essai-Navigateur Prénom-Fictif');
    expect(main).toContain('Note clinique fictive');
    expect(main).not.toContain('null');
  });

  it('moves on the care team’s board, live, when the coordination registers it', async () => {
    await openHydrated(care, url('/logement'));
    await care.getByText('Mises à jour en direct').waitFor();
    const column = (state: string) => care.locator(`section[aria-labelledby="col-${state}"]`);
    await column('PROPOSED').getByRole('link', { name: pseudonym }).waitFor();

    await openCase(coordination);
    // The coordination sees the pathway, never the identity nor the clinical part.
    const seen = await coordination.locator('main').innerText();
    expect(seen).not.toContain('Essai-Navigateur');
    expect(seen).not.toContain('Note clinique fictive');
    expect(seen).not.toContain('null');
    expect(await axeViolations(coordination)).toEqual([]);
    await move(coordination, 'Enregistrer la candidature', 'Enregistrée');

    // No reload on the care team's side: the card changed column by itself.
    await column('REGISTERED').getByRole('link', { name: pseudonym }).waitFor();
    expect(await column('PROPOSED').getByRole('link', { name: pseudonym }).count()).toBe(0);
    expect(await axeViolations(care)).toEqual([]);
  });

  it('is oriented to the operator once the person agreed to share with it, and the operator starts the search', async () => {
    // Without the consent, the orientation is refused, in the form that tried it.
    await openCase(coordination);
    const orient = form(coordination, 'Orienter vers l’opérateur');
    await orient.getByRole('button', { name: 'Orienter vers l’opérateur' }).click();
    await orient.getByText('Le consentement de la personne au partage avec l’opérateur doit être enregistré d’abord.').waitFor();

    // A page without JavaScript (so without live updates) keeps the version it read: once the
    // consent changes the case, its move is refused as stale, with a way to reload.
    const stalePage = await fixture.newPage({ timeout: 15_000, javaScriptEnabled: false });
    await signInThroughForm(stalePage, fixture.hub.url, 'coordination@example.org');
    await stalePage.goto(caseUrl);
    await recordConsent(care, 'Consentement au partage avec l’opérateur', 'AMLI – Association pour l’accompagnement, le mieux-être et le logement des isolés', 'Identité, besoin et accompagnement');
    await form(stalePage, 'Orienter vers l’opérateur').getByRole('button', { name: 'Orienter vers l’opérateur' }).click();
    await stalePage.getByText('modifié entre-temps').waitFor();
    await stalePage.getByRole('link', { name: 'Recharger le dossier' }).click();
    await stalePage.getByRole('heading', { level: 1, name: `Dossier ${pseudonym}` }).waitFor();
    expect(await stalePage.locator('main').innerText()).not.toContain('modifié entre-temps');

    await move(coordination, 'Orienter vers l’opérateur', 'Orientée vers l’opérateur');
    await move(operator, 'Commencer la recherche de logement', 'Recherche de logement');
    expect(await operator.locator('main').innerText()).toContain('Essai-Navigateur');
  });

  it('is presented with a landlord’s flat after the landlord consent, and accepted by the commission', async () => {
    await recordConsent(care, 'Consentement au partage avec un bailleur', landlordChoice, 'Besoin, ressources et logement');

    await move(operator, 'Présenter en commission d’attribution', 'Présentée en commission d’attribution', async (presentForm) => {
      const offer = presentForm.getByLabel('Logement présenté');
      const label = await offer.locator('option', { hasText: offerReference }).innerText();
      expect(label).toMatch(/reste à charge 130\s€/);
      await offer.selectOption({ label });
    });

    // The landlord now sees the case on its board, without the person's identity.
    await openHydrated(landlord, url('/logement'));
    await landlord.locator('section[aria-labelledby="col-PRESENTED"]').getByRole('link', { name: pseudonym }).waitFor();
    await move(landlord, 'Enregistrer l’accord de la commission', 'Acceptée par la commission');
    const seen = await landlord.locator('main').innerText();
    expect(seen).toContain(offerReference);
    expect(seen).not.toContain('Essai-Navigateur');
    expect(seen).not.toContain('Note clinique fictive');
  });

  it('records the lease and sublease, then a joint review through the form', async () => {
    const start = subleaseStart;
    await move(landlord, 'Enregistrer le bail et la sous-location', 'Logée (bail et sous-location signés)', async (leaseForm) => {
      await leaseForm.getByLabel('Début du bail').fill(start);
      await leaseForm.getByLabel('Début de la sous-location').fill(start);
    });
    await landlord.getByText('Prochaine évaluation').waitFor();

    await openCase(care);
    const review = form(care, 'Enregistrer une évaluation');
    await review.getByLabel('Participants').fill('Infirmière ERAH, chargée de gestion locative AMLI, CESF du bailleur (fictifs)');
    await review.getByLabel('Conclusions').fill('Installation réussie, pas de difficulté de voisinage (fictif)');
    await review.getByRole('button', { name: 'Enregistrer l’évaluation' }).click();
    await review.getByText('L’évaluation est enregistrée.').waitFor();
    const reviews = care.getByRole('region', { name: 'Évaluations partagées' });
    await reviews.getByText('Installation réussie, pas de difficulté de voisinage (fictif)').waitFor();
    expect(await reviews.innerText()).toContain('Faite le');
    expect(await axeViolations(care)).toEqual([]);
    // The access log names who opened the case.
    expect(await care.getByRole('region', { name: 'Qui a consulté ce dossier' }).textContent()).toContain('Chloé Modèle');
  });

  it('extends the sublease once the three parties agree, never before', async () => {
    await move(operator, 'Enregistrer l’accompagnement en place', 'Accompagnement en place', async (supportForm) => {
      await supportForm.getByLabel('Organisation de l’accompagnement').fill('ERAH : visites et astreinte ; AMLI : gestion locative ; CESF du bailleur (fictif)');
    });

    await openCase(care);
    const propose = form(care, 'Proposer une issue');
    await propose.getByLabel('Issue proposée').selectOption({ label: 'Prolongation de la sous-location' });
    // Planned for 12 months, a sublease may last 24 at most: 18 is an extension.
    await propose.getByLabel(/Nouvelle fin prévue/).fill(addMonths(subleaseStart, 18));
    await propose.getByLabel('Motif').fill('Installation à consolider (fictif)');
    await propose.getByRole('button', { name: 'Proposer cette issue' }).click();
    const outcome = (page: Page) => page.getByRole('region', { name: 'Issue du parcours' });
    await outcome(care).getByText('L’issue est proposée').waitFor();
    await outcome(care).getByText('En attente de : Opérateur logement, Bailleur').waitFor();

    await openCase(operator);
    await outcome(operator).getByRole('button', { name: 'Donner mon accord' }).click();
    await outcome(operator).getByText('Votre accord est enregistré.').waitFor();
    await outcome(operator).getByText('En attente de : Bailleur').waitFor();
    expect(await outcome(operator).getByText('Appliquée', { exact: true }).count()).toBe(0);

    await openCase(landlord);
    await outcome(landlord).getByRole('button', { name: 'Donner mon accord' }).click();
    await outcome(landlord).getByText('Appliquée', { exact: true }).waitFor();
    expect(await outcome(landlord).innerText()).toContain('Accord donné : Équipe de soin, Opérateur logement, Bailleur');
    await stateIs(landlord, 'Accompagnement en place');
  });

  it('keeps the lease among the case documents, for its parties only', async () => {
    await openCase(landlord);
    const upload = form(landlord, 'Joindre un document');
    await upload.getByLabel('Titre du document').fill('Bail de sous-location (fictif)');
    await upload.getByLabel(/Fichier/).setInputFiles({ name: 'bail-sous-location.txt', mimeType: 'text/plain', buffer: Buffer.from('Bail de sous-location fictif') });
    await upload.getByRole('button', { name: 'Joindre le document' }).click();
    const documents = landlord.getByRole('region', { name: 'Documents' });
    await documents.getByText('Le document est joint au dossier.').waitFor();

    await openCase(care);
    const link = care.getByRole('region', { name: 'Documents' }).getByRole('link', { name: 'Bail de sous-location (fictif)' });
    documentUrl = url((await link.getAttribute('href'))!);
    const download = await care.request.get(documentUrl);
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe('Bail de sous-location fictif');
    // The coordination reads the pathway, not the documents.
    await openCase(coordination);
    expect(await coordination.getByRole('region', { name: 'Documents' }).count()).toBe(0);
  });

  it('fits a 360 px phone on the three pages', async () => {
    const phone = await fixture.newPage({ timeout: 15_000, viewport: { width: 360, height: 740 } });
    await signInThroughForm(phone, fixture.hub.url, 'soins.erah@example.org');
    for (const path of ['/logement', '/logement/orientation', new URL(caseUrl).pathname]) {
      await openHydrated(phone, url(path));
      await phone.getByRole('heading', { level: 1 }).waitFor();
      await noHorizontalScroll(phone);
    }
  });

  it('shows nothing of it to a referent of another landlord', async () => {
    const other = await newPage();
    await signInThroughForm(other, fixture.hub.url, otherLandlord);
    await openHydrated(other, url('/logement'));
    await other.getByRole('heading', { name: 'Aucun parcours pour l’instant' }).waitFor();
    expect(await other.locator('main').innerText()).not.toContain(pseudonym);
    expect(await axeViolations(other)).toEqual([]);
    const response = await other.goto(caseUrl);
    expect(response?.status()).toBe(404);
    expect(await other.locator('main').innerText()).toContain('introuvable');
    expect(await other.locator('main').innerText()).not.toContain(pseudonym);
    expect((await other.request.get(documentUrl)).status()).toBe(404);
  });

  it('sends a signed-out visitor to the sign-in page', async () => {
    const visitor = await newPage();
    await visitor.goto(url('/logement'));
    await visitor.waitForURL('**/connexion?retour=%2Flogement');
  });
});
