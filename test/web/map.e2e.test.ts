import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openHydrated } from '../support/browser.js';
import { useHub } from '../support/fixtures.js';
import { postGraphql } from '../support/hub.js';

// The map page, offline: the tile server below refuses connections, so the page must fall
// back to the commune outlines and say so. Its origin must reach the page's CSP img-src.
const tileServer = 'http://127.0.0.1:9';
// A stand-in for the Base Adresse Nationale on loopback: every search finds the place d'Armes.
const placeDArmes = { label: 'Place d’Armes 57000 Metz (test)', latitude: 49.1196, longitude: 6.1757 };
const hubEnv: Record<string, string> = { MAP_TILE_URL: `${tileServer}/{z}/{x}/{y}.png`, GEOCODER: 'ban' };
let fakeBan: Server;
beforeAll(async () => {
  fakeBan = createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({
      type: 'FeatureCollection',
      features: [{ geometry: { type: 'Point', coordinates: [placeDArmes.longitude, placeDArmes.latitude] }, properties: { label: placeDArmes.label, city: 'Metz', citycode: '57463', postcode: '57000', score: 0.9, type: 'street' } }],
    }));
  });
  await new Promise<void>((resolve) => fakeBan.listen(0, '127.0.0.1', resolve));
  hubEnv.GEOCODER_URL = `http://127.0.0.1:${(fakeBan.address() as AddressInfo).port}/search/`;
});
afterAll(() => new Promise<void>((resolve) => fakeBan.close(() => resolve())));
// Registered after the fake geocoder's hook, so the hub starts with its URL.
const fixture = useHub({ browser: true, env: hubEnv });
const contexts: BrowserContext[] = [];

afterAll(async () => {
  await Promise.all(contexts.map((context) => context.close()));
});

interface Marker {
  slug: string;
  latitude: number | null;
  longitude: number | null;
}

function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

async function apiMarkers(filter: Record<string, unknown>): Promise<{ located: string[]; unlocated: string[]; within: (km: number) => number }> {
  const { json } = await postGraphql(fixture.hub.url, {
    query: 'query($filter: PartnerFilter) { partnerMarkers(filter: $filter) { slug latitude longitude } }',
    variables: { filter: { territory: 'clsm-metz', ...filter } },
  });
  const markers = (json?.data as { partnerMarkers: Marker[] }).partnerMarkers;
  return {
    located: markers.filter((m) => m.latitude !== null).map((m) => m.slug),
    unlocated: markers.filter((m) => m.latitude === null).map((m) => m.slug),
    within: (km) =>
      markers.filter((m) => m.latitude !== null && distanceKm(placeDArmes, { latitude: m.latitude, longitude: m.longitude! }) <= km).length,
  };
}

async function newPage(viewport?: { width: number; height: number }): Promise<{ page: Page; cspErrors: string[] }> {
  const context = await fixture.browser.newContext({ locale: 'fr-FR', ...(viewport ? { viewport } : {}) });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const cspErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
  });
  return { page, cspErrors };
}

/** Opens the map, brings it on screen (Leaflet loads when it nears the viewport) and waits until Leaflet has drawn it. */
async function openMap(page: Page, query = ''): Promise<void> {
  await openHydrated(page, `${fixture.hub.url}/carte${query}`);
  await page.locator('.map').scrollIntoViewIfNeeded();
  await page.locator('.map[data-ready="true"]').waitFor();
}

/** Partners on the map: single markers plus the size of every cluster. */
async function markersOnMap(page: Page): Promise<number> {
  return page.evaluate(() => {
    const singles = document.querySelectorAll('.map .map-marker').length;
    const clustered = [...document.querySelectorAll('.map .map-cluster [data-count]')].reduce(
      (sum, element) => sum + Number(element.getAttribute('data-count')),
      0,
    );
    return singles + clustered;
  });
}

describe('the resource map', () => {
  it('shows one marker per geolocated partner, over the commune outlines when no tile answers', async () => {
    const { located, unlocated } = await apiMarkers({});
    expect(located.length).toBeGreaterThan(5);
    const { page, cspErrors } = await newPage();
    const response = await page.goto(`${fixture.hub.url}/carte`);
    expect(response?.headers()['content-security-policy']).toMatch(new RegExp(`img-src [^;]*${tileServer}`));
    // Other pages keep the strict img-src.
    const directory = await fetch(`${fixture.hub.url}/annuaire`);
    expect(directory.headers.get('content-security-policy')).not.toContain(tileServer);

    await openMap(page);
    await expect.poll(() => markersOnMap(page)).toBe(located.length);
    const text = await page.locator('main').innerText();
    expect(text).toContain(`${located.length} structures sur la carte`);
    if (unlocated.length) {
      expect(text).toMatch(new RegExp(`${unlocated.length} structures? n’(a|ont) pas encore de coordonnées`));
      const missing = page.getByRole('heading', { name: /Sans coordonnées/ });
      expect(await missing.innerText()).toBe(`Sans coordonnées (${unlocated.length})`);
    }
    // The refused tiles are detected and the fallback is said.
    await page.getByText('Fond de carte indisponible : les communes de Metz Métropole sont affichées à la place.').waitFor();
    expect(await page.locator('.map path.leaflet-interactive, .map svg path').count()).toBeGreaterThanOrEqual(46);
    expect(await page.locator('.leaflet-control-attribution').innerText()).toContain('IGN Admin Express');
    // The list alternative names every geolocated partner, with a link to its page.
    const listed = await page.locator('h2:has-text("Liste des structures de la carte") + ul.results > li > span > a').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href')),
    );
    expect(listed.sort()).toEqual(located.map((slug) => `/annuaire/${slug}`).sort());
    expect(cspErrors).toEqual([]);
  });

  it('opens a popup leading to the partner page, by click and by keyboard', async () => {
    const { page } = await newPage();
    // One sector: few enough markers to find a single one.
    const { located } = await apiMarkers({ sectors: ['HOUSING'] });
    expect(located.length).toBeGreaterThan(0);
    await openMap(page, '?secteur=HOUSING');
    await expect.poll(() => markersOnMap(page)).toBe(located.length);
    // Zoom into clusters until a single marker shows.
    for (let i = 0; i < 6 && (await page.locator('.map .map-marker').count()) === 0; i += 1) {
      await page.locator('.map .map-cluster').first().click();
      await page.waitForTimeout(600);
    }
    const marker = page.locator('.map .map-marker').first();
    const slug = await marker.getAttribute('data-slug');
    expect(located).toContain(slug);
    await marker.click();
    const link = page.locator('.leaflet-popup-content a');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/annuaire/${slug}`);
    await page.keyboard.press('Escape');
    await link.waitFor({ state: 'detached' });

    // Keyboard: the marker is a focusable button; Enter opens its popup and focuses the link.
    await marker.focus();
    await page.keyboard.press('Enter');
    await link.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(`/annuaire/${slug}`);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/annuaire/${slug}`);
  });

  it('narrows the markers and the URL with the directory’s filters, and links to the list', async () => {
    const all = await apiMarkers({});
    const housing = await apiMarkers({ sectors: ['HOUSING'] });
    expect(housing.located.length).toBeLessThan(all.located.length);
    const { page } = await newPage();
    await openMap(page);
    await expect.poll(() => markersOnMap(page)).toBe(all.located.length);
    await page.getByRole('checkbox', { name: /Logement et hébergement/ }).check();
    await page.waitForURL(/\/carte\?secteur=HOUSING$/);
    await expect.poll(() => markersOnMap(page)).toBe(housing.located.length);

    const search = await apiMarkers({ sectors: ['HOUSING'], search: 'moselis' });
    await page.getByLabel('Rechercher', { exact: true }).pressSequentially('moselis', { delay: 30 });
    await page.waitForURL(/q=moselis/);
    await expect.poll(() => markersOnMap(page)).toBe(search.located.length);

    // The same query string opens the list view, and the list leads back to the map.
    await page.getByRole('link', { name: 'Voir ces résultats en liste dans l’annuaire' }).click();
    await page.waitForURL(/\/annuaire\?q=moselis&secteur=HOUSING$/);
    await page.getByRole('link', { name: 'Voir ces résultats sur la carte' }).click();
    await page.waitForURL(/\/carte\?q=moselis&secteur=HOUSING$/);

    // Around a commune: only partners within the radius stay on the map and in the list.
    await openMap(page);
    await page.getByLabel('Autour de').selectOption({ label: 'Metz' });
    await page.getByLabel('Rayon').selectOption('1');
    const near = await markersOnMap(page);
    expect(near).toBeLessThan(all.located.length);
    expect(await page.locator('main').innerText()).toMatch(/à moins de 1 km de Metz/);

    // Around an address, through the geocoder: exactly the partners within the radius.
    await page.getByRole('textbox', { name: 'Autour d’une adresse' }).fill('place d’Armes, Metz');
    await page.getByRole('button', { name: 'Chercher autour' }).click();
    await page.getByText(`à moins de 1 km de ${placeDArmes.label}`).waitFor();
    await expect.poll(() => markersOnMap(page)).toBe(all.within(1));
    await page.getByLabel('Rayon').selectOption('2');
    await expect.poll(() => markersOnMap(page)).toBe(all.within(2));
    expect(all.within(2)).toBeGreaterThan(0);
    expect(all.within(2)).toBeLessThan(all.located.length);
  });

  it('passes axe and fits a 360 px phone without horizontal scrolling', async () => {
    const { page, cspErrors } = await newPage({ width: 360, height: 740 });
    await openMap(page);
    await expect.poll(() => page.getByText('Fond de carte indisponible').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // With a popup open too.
    await page.locator('.map .map-marker, .map .map-cluster').first().click();
    expect(await axeViolations(page)).toEqual([]);
    expect(cspErrors).toEqual([]);
  });
});
