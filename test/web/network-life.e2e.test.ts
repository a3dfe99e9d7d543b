import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInCookie } from '../support/accounts.js';
import { axeViolations, openHydrated, signInThroughForm } from '../support/browser.js';
import { useHub } from '../support/fixtures.js';

// The facts of the documents, as the pages show them: conventions, projects and their funding,
// the SISM editions, the 2019 report, and the coordinator's dashboard.
const fixture = useHub({ browser: true, demoAccounts: true });

const newPage = (viewport?: { width: number; height: number }) => fixture.newPage({ viewport, timeout: 15_000 });

const signIn = (page: Page, email = 'coordination@example.org') => signInThroughForm(page, fixture.hub.url, email);

/** The page's main text, with French number spacing (narrow no-break spaces) made plain. */
async function mainText(page: Page, path: string): Promise<string> {
  await openHydrated(page, `${fixture.hub.url}${path}`);
  return (await page.locator('main').innerText()).replace(/[\u202f\u00a0]/g, ' ');
}

describe('the life of the network in the pages', () => {
  it('shows the conventions, projects and SISM editions of the documents to the public', async () => {
    const page = await newPage();
    const framework = await mainText(page, '/conventions/convention-cadre-2018');
    expect(framework).toContain('13 novembre 2018');
    expect(framework).toContain('DDCS');
    expect(framework).toContain('En vigueur');
    expect(await page.getByRole('region', { name: /Objectifs/ }).getByRole('listitem').count()).toBe(2);
    expect(await page.getByRole('region', { name: /Réunions de préparation/ }).getByRole('link').count()).toBeGreaterThanOrEqual(5);

    const cmp = await mainText(page, '/conventions/convention-cmp-bailleurs-2019');
    expect(cmp).toContain('10 décembre 2019');
    expect(cmp).toContain('10 décembre 2020');
    expect(cmp).toMatch(/consentement/);

    const iml = await mainText(page, '/projets/iml');
    expect(iml).toContain('5 000 €');
    expect(iml).toContain('1 400 €');
    expect(iml).toContain('peut être doublé');
    expect(iml).toContain('192 000 €');
    expect(await mainText(page, '/projets/sensibilisation-sante-mentale')).toContain('102');

    const sism2019 = await mainText(page, '/editions/sism-2019');
    expect(sism2019).toContain('Santé mentale à l’ère du numérique');
    expect(sism2019).toContain('9 événements');
    expect(sism2019).toContain('250');
    const sism2020 = await mainText(page, '/editions/sism-2020');
    expect(sism2020).toContain('Santé mentale et discriminations');
    expect(sism2020).toContain('11 événements');
    expect(sism2020).toMatch(/16 mars/);
  });

  it('computes the 2019 report for the coordinator, with its CSV, and lists what falls due', async () => {
    const page = await newPage();
    await signIn(page);
    const report = await mainText(page, '/bilan/2019');
    expect(report).toContain('5 sessions de sensibilisation, 102 participants.');
    const editions = page.getByRole('region', { name: 'Événements' });
    expect(await editions.getByRole('row', { name: /Santé mentale à l’ère du numérique/ }).innerText()).toMatch(/9\s+250\s+18/);
    expect(await page.getByRole('region', { name: 'Conventions' }).innerText()).toMatch(/10 décembre 2019.*Signée/);

    const csv = await fetch(`${fixture.hub.url}/bilan/2019/csv`, { headers: { cookie: await signInCookie(fixture.hub.url, 'coordination@example.org') } });
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const rows = await csv.text();
    expect(rows).toContain(';Participants;250;');
    expect(rows).toContain('Formations;Participants;102;');
    // The public is sent to sign in.
    expect((await fetch(`${fixture.hub.url}/bilan/2019/csv`, { redirect: 'manual' })).status).toBe(303);

    const dashboard = await mainText(page, '/tableau-de-bord');
    expect(dashboard).toMatch(/Convention CH de Jury \/ ARELOR Hlm : collaboration des CMP[\s\S]*Évaluation prévue le 10 décembre 2020 : en retard de \d+ jours/);
  });

  it('has no accessibility violation, and no horizontal scroll on a 360 px phone', async () => {
    const page = await newPage();
    await signIn(page);
    const paths = ['/conventions', '/conventions/convention-cadre-2018', '/projets', '/projets/iml', '/editions/sism-2019', '/formations', '/tableau-de-bord', '/bilan/2019'];
    const violations: string[] = [];
    for (const path of paths) {
      await openHydrated(page, `${fixture.hub.url}${path}`);
      violations.push(...(await axeViolations(page)));
    }
    expect(violations).toEqual([]);

    const phone = await newPage({ width: 360, height: 740 });
    await signIn(phone);
    for (const path of paths) {
      await openHydrated(phone, `${fixture.hub.url}${path}`);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBe(0);
    }
  });
});
