import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openHydrated } from '../support/browser.js';
import { useHub } from '../support/fixtures.js';

const fixture = useHub({ browser: true });

async function openPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  const context = await fixture.browser.newContext({ locale: 'fr-FR', ...options });
  return context.newPage();
}

const resultNames = (page: Page) => page.locator('ul.results h3 a').allInnerTexts();

describe('the interactive directory in a browser', () => {
  it('finds UNAFAM as one types, and opens its page', async () => {
    const page = await openPage();
    await openHydrated(page, `${fixture.hub.url}/annuaire`);
    await page.getByLabel('Rechercher', { exact: true }).pressSequentially('unafam', { delay: 30 });
    await page.waitForURL(/q=unafam/);
    await expect.poll(() => page.getByRole('status').innerText()).toBe('1 structure trouvée');
    await page.getByRole('link', { name: /UNAFAM/ }).first().click();
    await page.waitForURL(/\/annuaire\/unafam-moselle$/);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/UNAFAM/);
    expect(await page.getByRole('heading', { name: 'Contacts' }).isVisible()).toBe(true);
  });

  it('filters by the housing sector and shows the landlords, in a shareable URL', async () => {
    const page = await openPage();
    await openHydrated(page, `${fixture.hub.url}/annuaire`);
    await page.getByRole('checkbox', { name: /Logement et hébergement/ }).check();
    await page.waitForURL(/secteur=HOUSING/);
    await expect.poll(() => resultNames(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^BATIGERE/), expect.stringMatching(/^MOSELIS/), expect.stringMatching(/^LOGIEST/), expect.stringMatching(/^Metz Habitat Territoire/)]));
    const names = await resultNames(page);
    expect(names).not.toContain(expect.stringMatching(/^Centre hospitalier de Jury/));

    const shared = await openPage();
    await shared.goto(page.url());
    expect(await resultNames(shared)).toEqual(names);
  });

  it('works without JavaScript: the search form and the next page are plain links', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${fixture.hub.url}/`);
    await page.getByLabel('Rechercher un partenaire').fill('bailleur');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/\/annuaire\?q=bailleur/);
    expect((await resultNames(page)).length).toBeGreaterThan(0);

    await page.goto(`${fixture.hub.url}/annuaire`);
    const firstPage = await resultNames(page);
    expect(firstPage).toHaveLength(20);
    await page.getByRole('link', { name: 'Afficher plus de résultats' }).click();
    const secondPage = await resultNames(page);
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
  });

  it('appends the next page with "Afficher plus" when JavaScript runs', async () => {
    const page = await openPage();
    await openHydrated(page, `${fixture.hub.url}/annuaire`);
    expect(await resultNames(page)).toHaveLength(20);
    await page.getByRole('link', { name: 'Afficher plus de résultats' }).click();
    await expect.poll(async () => (await resultNames(page)).length).toBeGreaterThan(20);
    const names = await resultNames(page);
    expect(new Set(names).size).toBe(names.length);
    expect(page.url()).not.toContain('apres=');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(names[20]);
  });

  it('shows an empty state when nothing matches', async () => {
    const page = await openPage();
    await page.goto(`${fixture.hub.url}/annuaire?q=zzzzzzzzqqq`);
    expect(await page.getByRole('status').innerText()).toBe('Aucune structure trouvée');
    expect(await page.getByText('Aucune structure ne correspond à votre recherche.').isVisible()).toBe(true);
  });

  it('fits a 360 px wide phone without horizontal scrolling', async () => {
    const page = await openPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    for (const path of ['/', '/annuaire', '/annuaire/ch-jury', '/annuaire/amli']) {
      await page.goto(`${fixture.hub.url}${path}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(360);
    }
  });
});
