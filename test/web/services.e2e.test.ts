import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPassword } from '../support/accounts.js';
import { axeViolations, openHydrated } from '../support/browser.js';
import { useHub } from '../support/fixtures.js';

// Services on the partner page, and their management by the partner's administrator.
const fixture = useHub({ browser: true, demoAccounts: true });

const newPage = (viewport?: { width: number; height: number }) => fixture.newPage({ viewport, timeout: 15_000 });

describe('services of a partner', () => {
  it('shows the IML service with its 20 places to the public, without an editing link', async () => {
    const page = await newPage({ width: 360, height: 740 });
    await openHydrated(page, `${fixture.hub.url}/annuaire/amli`);
    const services = page.getByRole('region', { name: 'Services proposés' });
    await expect(services.getByRole('heading', { name: /intermédiation locative/ }).count()).resolves.toBe(1);
    expect(await services.innerText()).toContain('20 places');
    expect(await page.getByRole('link', { name: 'Gérer les services' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lets the UNAFAM administrator add a service, which then shows on the entry', async () => {
    const page = await newPage();
    await openHydrated(page, `${fixture.hub.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill('admin.unafam@example.org');
    await page.getByLabel('Mot de passe').fill(demoPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/mon-espace');

    await openHydrated(page, `${fixture.hub.url}/annuaire/unafam-moselle`);
    await page.getByRole('link', { name: 'Gérer les services' }).click();
    await page.waitForURL('**/annuaire/unafam-moselle/services');
    expect(await axeViolations(page)).toEqual([]);

    const add = page.getByRole('region', { name: 'Ajouter un service' });
    await add.getByLabel('Nom du service').fill('Accueil des familles (essai)');
    await add.getByLabel('Horaires (format OSM)').fill('pas des horaires');
    await add.getByRole('button', { name: 'Ajouter le service' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toContain('Horaires non reconnus');

    await add.getByLabel('Horaires (format OSM)').fill('Tu 18:00-20:00');
    await add.getByLabel('Familles', { exact: true }).check();
    await add.getByRole('button', { name: 'Ajouter le service' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toContain('a été ajouté');

    await openHydrated(page, `${fixture.hub.url}/annuaire/unafam-moselle`);
    const services = await page.getByRole('region', { name: 'Services proposés' }).innerText();
    expect(services).toContain('Accueil des familles (essai)');
    expect(services).toContain('Mardi : 18 h à 20 h');
  });
});
