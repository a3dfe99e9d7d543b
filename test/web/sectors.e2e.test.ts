import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoPassword } from '../support/accounts.js';
import { axeViolations, openHydrated } from '../support/browser.js';
import { useHub } from '../support/fixtures.js';

// « Quel CMP pour cette adresse ? » without a geocoder (GEOCODER=none in the browser tests):
// the commune list, the answer with the CMP, « Nous ne savons pas », and the coordinator's import.
const fixture = useHub({ browser: true, demoAccounts: true });

const newPage = (viewport?: { width: number; height: number }) => fixture.newPage({ viewport, timeout: 15_000 });

describe('/secteurs', () => {
  it('finds the CMP of an address from the commune list and the street, on a phone', async () => {
    const page = await newPage({ width: 360, height: 740 });
    await openHydrated(page, `${fixture.hub.url}/secteurs`);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Quel CMP pour cette adresse ?');
    expect(main).toContain('Découpage de démonstration : les communes et rues de chaque secteur ne figurent pas dans les documents du CLSM');
    expect(main).toContain('Secteur 4 (pôle 5)');
    expect(await page.locator('header a[href="/secteurs"]').count()).toBe(1);

    await page.getByLabel('Commune', { exact: true }).selectOption({ label: 'Metz' });
    await page.getByLabel(/^Rue/).first().fill('av Foch');
    await page.getByLabel('Numéro', { exact: true }).fill('13');
    await page.getByRole('button', { name: 'Trouver le CMP' }).last().click();
    await page.waitForURL(/commune=57463/);
    const answer = page.getByRole('region', { name: 'Réponse' });
    await answer.waitFor();
    expect(await answer.innerText()).toContain('Secteur 2 (pôle 5)');
    expect(await answer.getByRole('link', { name: 'CMP du secteur 2 (pôle 5)' }).getAttribute('href')).toBe('/annuaire/cmp-secteur-2-pole-5');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('says « Nous ne savons pas » for an unassigned commune, and whom to contact', async () => {
    const page = await newPage();
    await openHydrated(page, `${fixture.hub.url}/secteurs?commune=57351`);
    const text = await page.getByRole('region', { name: 'Réponse' }).innerText();
    expect(text).toContain('Nous ne savons pas');
    expect(text).toContain('Jury');
    expect(text).toContain('coordination du CLSM');
  });

  it('lets the coordinator preview and apply a CSV file', async () => {
    const page = await newPage();
    await openHydrated(page, `${fixture.hub.url}/connexion`);
    await page.getByLabel('Adresse e-mail').fill('coordination@example.org');
    await page.getByLabel('Mot de passe').fill(demoPassword);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/mon-espace');
    await openHydrated(page, `${fixture.hub.url}/secteurs`);
    await page.getByLabel('Ou collez son contenu').fill('secteur;code_commune;rue;numero_debut;numero_fin;parite\n3;57352;;;;\n9;57385;;;;');
    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    const previewTable = page.getByRole('region', { name: 'Aperçu de l’import' });
    await previewTable.waitFor();
    expect(await previewTable.innerText()).toContain('Secteur inconnu');
    expect(await page.getByRole('button', { name: 'Confirmer l’import' }).count()).toBe(0);

    await page.getByLabel('Ou collez son contenu').fill('secteur;code_commune;rue;numero_debut;numero_fin;parite\n3;57352;;;;');
    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    await page.getByRole('button', { name: 'Confirmer l’import' }).click();
    await page.getByText('Fichier importé : 1 ajout(s)').waitFor();
    await openHydrated(page, `${fixture.hub.url}/secteurs?commune=57352`);
    expect(await page.getByRole('region', { name: 'Réponse' }).innerText()).toContain('Secteur 3 (pôle 5)');
    expect(await axeViolations(page)).toEqual([]);
  });
});
