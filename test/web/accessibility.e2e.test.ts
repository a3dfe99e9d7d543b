import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useHub } from '../support/fixtures.js';

const fixture = useHub({ browser: true });

describe('accessibility (axe, WCAG 2.1 AA rules)', () => {
  it.each([
    ['home', '/'],
    ['directory', '/annuaire'],
    ['directory with filters', '/annuaire?secteur=HOUSING&q=metz'],
    ['empty directory', '/annuaire?q=zzzzzzzzqqq'],
    ['partner page', '/annuaire/ch-jury'],
    ['not found', '/annuaire/inconnu'],
  ])('%s has no violation', async (_name, path) => {
    for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 740 }]) {
      const context = await fixture.browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${fixture.hub.url}${path}`);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await context.close();
    }
  });

  it('lets a keyboard user skip to the content and reach the search box', async () => {
    const context = await fixture.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${fixture.hub.url}/annuaire`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Aller au contenu');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('recherche');
    await context.close();
  });
});
