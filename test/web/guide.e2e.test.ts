import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { signInCookie } from '../support/accounts.js';
import { axeViolations, openHydrated } from '../support/browser.js';
import { useHub } from '../support/fixtures.js';

// The printable guide: the directory by sector, on screen and on paper.
const fixture = useHub({ browser: true, demoAccounts: true });
const contexts: BrowserContext[] = [];

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

async function newPage(cookie?: string): Promise<Page> {
  const context = await fixture.browser.newContext({ locale: 'fr-FR' });
  if (cookie) {
    const [name, value] = cookie.split(';')[0].split('=');
    await context.addCookies([{ name, value, url: fixture.hub.url }]);
  }
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

const sectionHeadings = (page: Page) => page.locator('section.sector h2').allInnerTexts();

describe('the printable guide page', () => {
  it('shows the sectors in the directory’s order, with a table of contents, and prints without the navigation', async () => {
    const page = await newPage();
    await openHydrated(page, `${fixture.hub.url}/guide`);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Guide santé mentale');
    expect(await sectionHeadings(page)).toEqual([
      'Soin',
      'Associations de soutien et d’écoute',
      'Action sociale',
      'Formation et emploi',
      'Institutions et collectivités territoriales',
      'Logement et hébergement',
    ]);
    const toc = await page.getByRole('navigation', { name: 'Sommaire' }).innerText();
    expect(toc).toContain('Protection des personnes');
    expect(toc).toContain('aucune structure');
    const care = page.getByRole('region', { name: 'Soin' });
    await expect(care.getByRole('heading', { name: /Équipe réseau des alternatives à l’hospitalisation/ }).count()).resolves.toBe(1);
    expect(await care.innerText()).toContain('Camille Exemple, Coordinatrice du CLSM');
    expect(await axeViolations(page)).toEqual([]);

    const nav = page.getByRole('navigation', { name: 'Navigation principale' });
    const print = page.getByRole('button', { name: 'Imprimer' });
    expect(await nav.isVisible()).toBe(true);
    expect(await print.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await nav.isVisible()).toBe(false);
    expect(await print.isVisible()).toBe(false);
    // Each sector starts a new sheet.
    const breaks = await page.locator('section.sector').evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
    expect(new Set(breaks)).toEqual(new Set(['page']));
    await page.emulateMedia({ media: 'screen' });
  });

  it('takes the directory’s filters from the address, links to the PDF of the same selection', async () => {
    const page = await newPage();
    await openHydrated(page, `${fixture.hub.url}/annuaire?secteur=HOUSING`);
    await page.getByRole('link', { name: 'Guide imprimable' }).click();
    await page.waitForURL('**/guide?secteur=HOUSING');
    expect(await sectionHeadings(page)).toEqual(['Logement et hébergement']);
    expect(await page.locator('main').innerText()).toContain('Metz Habitat Territoire');
    const pdf = await page.getByRole('link', { name: 'Télécharger le PDF' }).getAttribute('href');
    expect(pdf).toBe('/guide.pdf?secteur=HOUSING&territoire=clsm-metz');
    const response = await fetch(`${fixture.hub.url}${pdf}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

    await openHydrated(page, `${fixture.hub.url}/guide?secteur=NOPE`);
    expect(await page.getByRole('alert').innerText()).toContain('Filtre inconnu : « NOPE »');
    expect(await sectionHeadings(page)).toEqual([]);
  });

  it('shows a signed-in coordinator no contact detail the public directory hides', async () => {
    const cookie = await signInCookie(fixture.hub.url, 'coordination@example.org');
    const page = await newPage(cookie);
    await openHydrated(page, `${fixture.hub.url}/guide?secteur=CARE`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Camille Exemple, Coordinatrice du CLSM');
    expect(text).not.toContain('camille.exemple@example.org');
    expect(text).not.toContain('+33 3 00 00 00 01');
  });
});
