import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openHydrated, signInThroughForm } from '../support/browser.js';
import { useHub } from '../support/fixtures.js';

const fixture = useHub({ browser: true, demoAccounts: true });
const demoPassword = 'demo-clsm-metz';

const signIn = (page: Page, email: string) => signInThroughForm(page, fixture.hub.url, email);

describe('a partner admin edits its entry in a browser', () => {
  it('saves, shows the change in the directory and its history, and refuses a stale tab', async () => {
    const context = await fixture.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await signIn(page, 'admin.unafam@example.org');

    // A second tab opens the same form before the first one saves: its version goes stale.
    const staleTab = await context.newPage();
    await openHydrated(staleTab, `${fixture.hub.url}/annuaire/unafam-moselle/modifier`);

    await page.getByRole('link', { name: /Modifier la fiche de UNAFAM/ }).click();
    await page.waitForURL('**/modifier');
    await page.getByLabel('Commune', { exact: true }).fill('Metz');
    await page.getByLabel('Présentation').fill('Accueil et soutien des familles, à Metz.');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/\/annuaire\/unafam-moselle\?modifie=1/);
    expect(await page.getByRole('status').innerText()).toContain('Vos modifications ont été enregistrées.');
    const history = page.getByRole('region', { name: 'Historique des modifications' });
    expect(await history.innerText()).toMatch(/Alice Démo – Commune : \(vide\) → Metz/);
    expect(await history.innerText()).toMatch(/Présentation/);

    await openHydrated(page, `${fixture.hub.url}/annuaire?q=familles%20metz`);
    const card = page.locator('article', { hasText: 'UNAFAM' });
    expect(await card.innerText()).toContain('Accueil et soutien des familles, à Metz.');
    expect(await card.innerText()).toContain('Metz');

    await staleTab.getByLabel('Sigle ou nom court').fill('UNAFAM 57');
    await staleTab.getByRole('button', { name: 'Enregistrer' }).click();
    const alert = staleTab.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/modifiée entre-temps par quelqu’un d’autre/);
    expect(await alert.innerText()).toMatch(/Sigle ou nom court : UNAFAM 57/);
    // The form now holds the saved version, so the person can redo their change on it.
    expect(await staleTab.getByLabel('Commune', { exact: true }).inputValue()).toBe('Metz');
    await context.close();
  });

  it('keeps the edit page from a member of another structure, and asks the public to sign in', async () => {
    const context = await fixture.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${fixture.hub.url}/annuaire/unafam-moselle/modifier`);
    await page.waitForURL(/\/connexion\?retour=/);

    await signIn(page, 'membre.gem@example.org');
    const response = await page.goto(`${fixture.hub.url}/annuaire/unafam-moselle/modifier`);
    expect(response?.status()).toBe(403);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Une erreur est survenue');
    await page.goto(`${fixture.hub.url}/annuaire/unafam-moselle`);
    expect(await page.getByRole('link', { name: 'Modifier la fiche' }).count()).toBe(0);
    await context.close();
  });

  it('signs out', async () => {
    const context = await fixture.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await signIn(page, 'coordination@example.org');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(`${fixture.hub.url}/`);
    expect(await page.getByRole('link', { name: 'Se connecter' }).isVisible()).toBe(true);
    const cookies = await context.cookies();
    expect(cookies.find((cookie) => cookie.name === 'clsm_session')).toBeUndefined();
    await context.close();
  });

  it('lets the coordinator add a structure, found at once by the search', async () => {
    const context = await fixture.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await signIn(page, 'coordination@example.org');
    await page.getByRole('link', { name: 'Ajouter une structure' }).click();
    await page.waitForURL('**/annuaire/nouvelle');
    await page.getByLabel('Nom', { exact: true }).fill('Maison des adolescents de Moselle');
    await page.getByLabel('Commune', { exact: true }).fill('Metz');
    await page.getByLabel('Secteur', { exact: true }).selectOption('CARE');
    await page.getByRole('button', { name: 'Ajouter la structure' }).click();
    await page.waitForURL('**/annuaire/maison-des-adolescents-de-moselle/modifier');
    await openHydrated(page, `${fixture.hub.url}/annuaire?q=adolescents`);
    expect((await page.locator('ul.results h3 a').allInnerTexts())[0]).toBe('Maison des adolescents de Moselle');
    await context.close();
  });

  it('has no accessibility violation on the account and editing pages', async () => {
    const context = await fixture.browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    const check = async (path: string) => {
      await page.goto(`${fixture.hub.url}${path}`);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    };
    await check('/connexion');
    await check('/mot-de-passe-oublie');
    await signIn(page, 'coordination@example.org');
    for (const path of ['/mon-espace', '/annuaire/unafam-moselle', '/annuaire/unafam-moselle/modifier', '/annuaire/nouvelle']) await check(path);
    await context.close();
  });
});
