import type { Page } from 'playwright-core';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { axeViolations, openHydrated, signInThroughForm } from '../support/browser.js';
import { useHub } from '../support/fixtures.js';

// The coordinator's import page: preview of a file (counts, rows, reasons), then the apply,
// then the same file again is all unchanged. Data of the file are fictional test entries.
const fixture = useHub({ browser: true, demoAccounts: true });

const newPage = () => fixture.newPage({ viewport: { width: 360, height: 800 }, timeout: 20_000 });

const signIn = (page: Page, email = 'coordination@example.org') => signInThroughForm(page, fixture.hub.url, email);

const structure = (id: string, nom: string) => ({ source: 'essai-e2e', id, nom, date_maj: '2025-06-01' });

describe('the import page', () => {
  it('previews, applies, and a second run is unchanged; a bad row is rejected with its reason', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-e2e-'));
    const good = join(dir, 'structures.json');
    await writeFile(good, JSON.stringify([structure('e2e-1', 'Structure fictive un (essai)'), structure('e2e-2', 'Structure fictive deux (essai)')]));
    const bad = join(dir, 'mauvais.json');
    await writeFile(bad, JSON.stringify([structure('e2e-3', 'Structure fictive trois'), { ...structure('e2e-4', 'X'), latitude: 'nord' }]));

    const page = await newPage();
    await signIn(page);
    await page.getByRole('link', { name: /Importer des structures et services/ }).click();
    await page.waitForURL('**/annuaire/import');
    await openHydrated(page, `${fixture.hub.url}/annuaire/import`);

    await page.getByLabel('Fichier', { exact: true }).setInputFiles(bad);
    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain('Des lignes sont rejetées');
    expect(await page.locator('main').innerText()).toContain('« latitude » : doit être un nombre.');
    expect(await page.getByRole('button', { name: 'Appliquer l’import' }).count()).toBe(0);

    await page.getByLabel('Fichier', { exact: true }).setInputFiles(good);
    await page.getByLabel('Format', { exact: true }).selectOption('data-inclusion-json');
    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Nombre de lignes par résultat' }).innerText(), { timeout: 15_000 }).toMatch(/2\s+Nouveau/);
    const region = page.getByRole('region', { name: 'Lignes du fichier' });
    expect(await region.getByRole('row').count()).toBe(3);

    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Appliquer l’import' }).click();
    await expect.poll(() => page.locator('main').innerText(), { timeout: 15_000 }).toContain('Import appliqué');
    expect(await page.locator('main').innerText()).toContain('2 ajout(s)');

    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    await expect.poll(() => page.getByRole('list', { name: 'Nombre de lignes par résultat' }).innerText(), { timeout: 15_000 }).toMatch(/2\s+Inchangé/);
    expect(await page.locator('main').innerText()).toContain('Rien à importer');
  });

  it('is for the coordinator only', async () => {
    const page = await newPage();
    await signIn(page, 'admin.unafam@example.org');
    const response = await page.goto(`${fixture.hub.url}/annuaire/import`);
    expect(response?.status()).toBe(403);
  });
});
