import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openHydrated, signInThroughForm } from '../support/browser.js';
import { useHub } from '../support/fixtures.js';

// The yearly SISM cycle in a real browser: the coordinator opens an edition from the project
// page, a partner proposes an event, the coordinator accepts it, and the public finds it in the
// programme and the feed.
const fixture = useHub({ browser: true, demoAccounts: true });
const title = 'Ciné-débat « Regards croisés » (essai)';
const editionUrl = () => `${fixture.hub.url}/editions/sism-2027`;

const newPage = () => fixture.newPage({ timeout: 10_000 });

const signIn = (page: Page, email: string) => signInThroughForm(page, fixture.hub.url, email);

async function publicFeed(): Promise<string> {
  const response = await fetch(`${fixture.hub.url}/calendrier/editions/sism-2027.ics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
  // Folded lines (RFC 5545) are unfolded before searching.
  return (await response.text()).replace(/\r\n[ \t]/g, '');
}

describe('an SISM event, from proposal to the public programme', () => {
  it('is proposed by a partner, accepted by the coordinator, then public and in the feed', async () => {
    const coordinator = await newPage();
    await signIn(coordinator, 'coordination@example.org');
    await openHydrated(coordinator, `${fixture.hub.url}/projets/sism`);
    await coordinator.getByLabel('Année de l’édition').fill('2027');
    await coordinator.getByLabel('Thème de l’édition').fill('Édition d’essai');
    await coordinator.getByLabel('Premier jour').fill('2027-03-15');
    await coordinator.getByLabel('Dernier jour').fill('2027-03-28');
    await coordinator.getByRole('button', { name: 'Créer l’édition' }).click();
    await coordinator.waitForURL('**/editions/sism-2027');

    const partner = await newPage();
    await signIn(partner, 'membre.gem@example.org');
    await openHydrated(partner, editionUrl());
    await partner.getByRole('link', { name: 'Proposer un événement' }).click();
    await partner.waitForURL('**/editions/sism-2027/proposer');
    await partner.getByLabel('Titre').fill(title);
    await partner.getByLabel('Début').fill('2027-03-18T18:30');
    await partner.getByLabel('Lieu').fill('Cinéma du quartier (lieu fictif)');
    await partner.getByLabel('Commune').selectOption({ label: 'Montigny-lès-Metz' });
    await partner.getByRole('button', { name: 'Envoyer la proposition' }).click();
    await partner.getByText('Votre proposition a été envoyée à la coordination du CLSM.').waitFor();

    // Pending: the public sees nothing of it, on the page or in the feed.
    const visitor = await newPage();
    await openHydrated(visitor, editionUrl());
    expect(await visitor.locator('main').innerText()).not.toContain(title);
    expect(await publicFeed()).not.toContain('Regards croisés');

    await openHydrated(coordinator, `${fixture.hub.url}/tableau-de-bord`);
    expect(await coordinator.getByRole('region', { name: 'Propositions d’événements à examiner' }).innerText()).toContain(title);
    await openHydrated(coordinator, editionUrl());
    await coordinator.getByRole('button', { name: `Accepter : ${title}` }).click();
    await coordinator.getByText('L’événement est au programme.').waitFor();

    await openHydrated(visitor, editionUrl());
    const programme = visitor.getByRole('region', { name: 'Programme jour par jour' });
    await programme.getByRole('link', { name: title }).waitFor();
    expect(await programme.innerText()).toContain('Montigny-lès-Metz');
    // The map shows it too, as a focusable marker.
    expect(await visitor.getByRole('link', { name: title }).count()).toBe(2);
    const feed = await publicFeed();
    expect(feed).toContain('SUMMARY:Ciné-débat « Regards croisés » (essai)');
    expect(feed).toContain('DTSTART;TZID=Europe/Paris:20270318T183000');
  }, 60_000);
});
