import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { freePort } from '@clsm/api/embedded-postgres';
import { ensureDatabase } from '@clsm/api/ensure-database';
import { demoPassword, signInCookie } from '../support/accounts.js';
import { axeViolations, openHydrated, signInThroughForm } from '../support/browser.js';
import { useHub, type PageOptions } from '../support/fixtures.js';
import { postGraphql } from '../support/hub.js';
import { mainScript } from '../support/paths.js';

const fixture = useHub({ browser: true, demoAccounts: true });
// The coordinator account animates the housing group in the demo data.
const animator = 'coordination@example.org';
const housingGroup = '/groupes/logement-sante-mentale';

const newPage = (options?: PageOptions) => fixture.newPage(options);

const signIn = (page: Page, email = animator) => signInThroughForm(page, fixture.hub.url, email);

/** The first planned demo meeting of the housing group (January 2027). */
async function plannedMeetingUrl(page: Page): Promise<string> {
  await openHydrated(page, `${fixture.hub.url}${housingGroup}`);
  const href = await page.getByRole('link', { name: 'Suivi de la convention (réunion de démonstration)' }).getAttribute('href');
  expect(href).toMatch(/^\/reunions\/[0-9a-f-]{36}$/);
  return `${fixture.hub.url}${href}`;
}

describe('working groups and meetings in a browser', () => {
  it('lists the groups by status and shows a group with its timeline', async () => {
    const page = await newPage();
    await openHydrated(page, `${fixture.hub.url}/groupes`);
    expect(await page.getByRole('heading', { level: 2, name: /Groupes actifs/ }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 2, name: /Groupes proposés/ }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Logement et santé mentale' }).click();
    await page.waitForURL(`**${housingGroup}`);
    const meetings = page.getByRole('region', { name: 'Réunions passées' });
    expect(await meetings.innerText()).toContain('Annulée, remplacée par');
    // The documents give no hour: the date alone.
    expect(await meetings.innerText()).toMatch(/Mardi 13 novembre 2018(?!,)/);
    expect(await page.getByRole('link', { name: /S’abonner au calendrier du groupe/ }).getAttribute('href')).toBe(
      '/calendrier/groupes/logement-sante-mentale.ics',
    );
    // The public is asked to sign in, and sees no editing form.
    expect(await page.getByRole('link', { name: 'Connectez-vous' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Programmer une réunion' }).count()).toBe(0);
    const missing = await page.goto(`${fixture.hub.url}/groupes/inconnu`);
    expect(missing?.status()).toBe(404);
  });

  it('schedules a meeting, and two phones of the animator see each other’s changes live', async () => {
    const a = await newPage();
    const b = await newPage();
    await Promise.all([signIn(a), signIn(b)]);

    await openHydrated(a, `${fixture.hub.url}${housingGroup}`);
    await a.getByLabel('Titre de la réunion').fill('Point d’étape en direct');
    await a.getByLabel('Date').fill('2027-06-10');
    await a.getByLabel(/^Début/).fill('09:30');
    await a.getByLabel(/^Fin/).fill('11:00');
    await a.getByLabel('Lieu').fill('CH de Jury, salle du conseil');
    await a.getByLabel(/^Ordre du jour/).fill('Situations suivies\nQuestions diverses');
    await a.getByRole('button', { name: 'Programmer la réunion' }).click();
    await a.waitForURL(/\/reunions\/[0-9a-f-]{36}\?programmee=1$/);
    const meetingUrl = a.url().replace(/\?.*$/, '');
    // Entered in Paris time, shown in Paris time.
    expect(await a.getByRole('region', { name: 'Informations pratiques' }).innerText()).toContain('Jeudi 10 juin 2027, de 09:30 à 11:00');

    await openHydrated(b, meetingUrl);
    await Promise.all([a.getByText('Mises à jour en direct').waitFor(), b.getByText('Mises à jour en direct').waitFor()]);

    // A marks an organisation present: B's sheet shows it without a reload.
    await a.getByLabel('Structure', { exact: true }).selectOption({ label: 'LOGIEST' });
    await a.getByRole('button', { name: 'Ajouter présente' }).click();
    await b.getByRole('button', { name: 'Présent : LOGIEST', pressed: true }).waitFor({ timeout: 10_000 });

    // A writes the minutes: B reads them without a reload, and B's editor follows (nothing typed there).
    const general = 'Les bailleurs présentent les situations suivies ce trimestre.';
    await a.getByLabel('Compte rendu général').fill(general);
    await a.getByLabel('Point 1 : Situations suivies').fill('Trois situations, dont une résolue.');
    await a.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await a.getByText('Le compte rendu a été enregistré.').waitFor();
    const minutesB = b.getByRole('region', { name: 'Ordre du jour et compte rendu' });
    await minutesB.getByText(general).waitFor({ timeout: 10_000 });
    await minutesB.getByText('Trois situations, dont une résolue.').waitFor();
    await expect.poll(() => b.getByLabel('Compte rendu général').inputValue()).toBe(general);

    // B is typing when A saves again: B's text stays, with a notice; saving it is refused as a conflict.
    const typedByB = `${general} Ajout de B en cours de frappe.`;
    await b.getByLabel('Compte rendu général').fill(typedByB);
    await a.getByLabel('Point 2 : Questions diverses').fill('Aucune.');
    await a.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    await b.getByText('La réunion a été modifiée').waitFor({ timeout: 10_000 });
    await minutesB.getByText('Aucune.').waitFor();
    expect(await b.getByLabel('Compte rendu général').inputValue()).toBe(typedByB);
    await b.getByRole('button', { name: 'Enregistrer le compte rendu' }).click();
    const alert = b.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/modifié entre-temps par quelqu’un d’autre/);
    // The editor now holds the saved version; B's text is listed to be taken up again.
    expect(await b.getByLabel('Compte rendu général').inputValue()).toBe(general);
    expect(await b.getByText(typedByB).isVisible()).toBe(true);
  });

  it('lets a partner ask to join a group, and the animator accept the request live', async () => {
    const animatorPage = await newPage();
    const memberPage = await newPage();
    await Promise.all([signIn(animatorPage), signIn(memberPage, 'membre.gem@example.org')]);
    await openHydrated(animatorPage, `${fixture.hub.url}/groupes/outils-de-coordination`);
    await animatorPage.getByText('Mises à jour en direct').waitFor();
    expect(await animatorPage.getByRole('region', { name: 'Demandes en attente' }).innerText()).toContain('Aucune demande en attente.');

    await openHydrated(memberPage, `${fixture.hub.url}/groupes/outils-de-coordination`);
    await memberPage.getByRole('radio', { name: 'GEM L’Albatros' }).check();
    await memberPage.getByRole('button', { name: 'Demander à rejoindre' }).click();
    await memberPage.getByText('Demande en attente.').waitFor();

    // The request reaches the animator's open page by itself.
    await animatorPage.getByRole('button', { name: 'Accepter la demande de GEM L’Albatros' }).click({ timeout: 10_000 });
    await animatorPage.getByRole('region', { name: /Membres/ }).getByRole('link', { name: 'GEM L’Albatros' }).waitFor();
    await openHydrated(memberPage, `${fixture.hub.url}/groupes/outils-de-coordination`);
    expect(await memberPage.getByText('GEM L’Albatros fait partie du groupe.').isVisible()).toBe(true);
  });

  it('fills the attendance sheet without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${fixture.hub.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill(animator);
    await page.getByLabel('Mot de passe').fill(demoPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/mon-espace');
    const url = await plannedMeetingUrl(page);
    await page.goto(url);
    await page.getByLabel('Structure', { exact: true }).selectOption({ label: 'ARELOR Hlm' });
    await page.getByRole('button', { name: 'Ajouter excusée' }).click();
    await page.getByRole('button', { name: 'Excusé : ARELOR Hlm', pressed: true }).waitFor();
    await page.getByRole('button', { name: 'Présent : ARELOR Hlm' }).click();
    await page.getByRole('button', { name: 'Présent : ARELOR Hlm', pressed: true }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'feuille d’émargement a été mise à jour' }).count()).toBe(1);
    // Lines by person too: the group's animator in her own name.
    await page.getByLabel('Personne', { exact: true }).selectOption({ label: 'Camille Exemple' });
    await page.getByRole('button', { name: 'Ajouter la personne, présente' }).click();
    await page.getByRole('button', { name: 'Présent : Camille Exemple', pressed: true }).waitFor();
  });

  it('has no accessibility violation, and no horizontal scroll on a 360 px phone', async () => {
    const page = await newPage();
    await signIn(page);
    const meetingUrl = await plannedMeetingUrl(page);
    const violations: string[] = [];
    for (const url of [`${fixture.hub.url}/groupes`, `${fixture.hub.url}${housingGroup}`, meetingUrl, `${fixture.hub.url}/mes-reunions`]) {
      await openHydrated(page, url);
      violations.push(...(await axeViolations(page)));
    }
    expect(violations).toEqual([]);

    const phone = await newPage({ viewport: { width: 360, height: 740 } });
    await signIn(phone);
    for (const url of [`${fixture.hub.url}${housingGroup}`, meetingUrl]) {
      await openHydrated(phone, url);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, url).toBe(0);
      violations.push(...(await axeViolations(phone)));
    }
    expect(violations).toEqual([]);
  });

  it('lists my meetings and my actions, and makes a personal calendar link', async () => {
    const page = await newPage();
    await signIn(page, 'referent.bailleur@example.org');
    await page.getByRole('link', { name: 'Mes réunions' }).click();
    await page.waitForURL('**/mes-reunions');
    expect(await page.getByRole('region', { name: 'À venir' }).innerText()).toContain('Suivi de la convention (réunion de démonstration)');
    await openHydrated(page, `${fixture.hub.url}/mes-actions`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Mes actions');

    await openHydrated(page, `${fixture.hub.url}/mon-espace`);
    await page.getByRole('button', { name: 'Créer mon lien d’agenda' }).click();
    const link = page.getByLabel('Adresse à ajouter dans votre agenda');
    await link.waitFor();
    const feedUrl = await link.inputValue();
    expect(feedUrl).toMatch(/\/calendrier\/personnel\/[^/]+\.ics$/);
    const feed = await fetch(feedUrl);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');

    const anonymous = await newPage();
    await anonymous.goto(`${fixture.hub.url}/mes-reunions`);
    await anonymous.waitForURL(/\/connexion\?retour=%2Fmes-reunions/);
  });
});

/** A hub on a fixed port, so that a restarted one answers at the address the page knows. */
async function startHubOnPort(port: number, databaseUrl: string) {
  const child = spawn(process.execPath, [mainScript], {
    env: { ...process.env, NODE_ENV: 'development', AUTH_SECRET: 'e2e-secret', PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${port}`, DATABASE_URL: databaseUrl, DEMO_DATA: 'true' },
    stdio: 'ignore',
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!(await fetch(`${url}/readyz`).then((r) => r.ok, () => false))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error('the hub did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, stop: () => (child.kill('SIGTERM'), exited) };
}

describe('live updates across a server restart', () => {
  it('says it reconnects, comes back by itself, and shows a change made afterwards', { timeout: 120_000 }, async () => {
    const databaseUrl = await ensureDatabase(inject('adminDatabaseUrl'), `clsm_e2e_${randomBytes(6).toString('hex')}`);
    const port = await freePort();
    let hub = await startHubOnPort(port, databaseUrl);
    try {
      const page = await newPage();
      await signInThroughForm(page, hub.url, animator);
      await openHydrated(page, `${hub.url}${housingGroup}`);
      const href = await page.getByRole('link', { name: 'Suivi de la convention (réunion de démonstration)' }).getAttribute('href');
      await openHydrated(page, `${hub.url}${href}`);
      await page.getByText('Mises à jour en direct').waitFor();

      await hub.stop();
      await page.getByText('Reconnexion…').waitFor({ timeout: 15_000 });
      hub = await startHubOnPort(port, databaseUrl);
      await page.getByText('Mises à jour en direct').waitFor({ timeout: 45_000 });

      const cookie = await signInCookie(hub.url, animator);
      const meetingId = href!.split('/').pop();
      const added = await postGraphql(
        hub.url,
        { query: 'mutation($id: ID!) { addDecision(meetingId: $id, text: "Décidé après le redémarrage") { id } }', variables: { id: meetingId } },
        { cookie },
      );
      expect(added.json?.errors).toBeUndefined();
      await page.getByRole('region', { name: 'Décisions' }).getByText('Décidé après le redémarrage').waitFor({ timeout: 10_000 });
    } finally {
      await hub.stop();
    }
  });
});
